namespace Storefront.Core.Orders;

/// <summary>More of the order was refunded: <paramref name="Amount"/> minor units this time.</summary>
public sealed record OrderRefunded(long Amount) : OrderEvent;
