namespace Storefront.Core.Orders;

/// <summary>An order's new status, for pages waiting on it (the success page waits for "Paid").</summary>
public sealed class OrderNotifications : Broadcast<OrderStatus>;
