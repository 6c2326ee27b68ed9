namespace Storefront.Core.Orders;

/// <summary>Staff handed the order to a carrier.</summary>
public sealed record OrderShipped : OrderEvent;
