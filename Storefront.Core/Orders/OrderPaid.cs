namespace Storefront.Core.Orders;

/// <summary>The order's first payment was confirmed (never raised when a failed refund brings it back to paid).</summary>
public sealed record OrderPaid : OrderEvent;
