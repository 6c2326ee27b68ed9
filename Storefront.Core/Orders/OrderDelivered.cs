namespace Storefront.Core.Orders;

/// <summary>The carrier delivered the order.</summary>
public sealed record OrderDelivered : OrderEvent;
