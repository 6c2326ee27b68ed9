namespace Storefront.Core.Orders;

public static class OrderLinks
{
    /// <summary>The guest link to an order: whoever holds it may see the order, nobody else.</summary>
    public static string GuestPath(Order order) =>
        $"/orders/{Uri.EscapeDataString(order.Number)}?token={Uri.EscapeDataString(order.AccessToken)}";
}
