namespace Storefront.Core.Orders;

public static class OrderLinks
{
    private const string HiddenToken = "hidden";

    /// <summary>The guest link to an order: whoever holds it may see the order, nobody else.</summary>
    public static string GuestPath(Order order) =>
        $"/orders/{Uri.EscapeDataString(order.Number)}?token={Uri.EscapeDataString(order.AccessToken)}";

    /// <summary>
    /// The text with the order's guest token blanked out, for staff screens such as the outbox preview: the token
    /// opens the order to anyone who has it, so it belongs in the shopper's mailbox, not in screenshots and browser
    /// histories of the back office.
    /// </summary>
    public static string WithoutToken(string text, Order order) =>
        text.Replace(Uri.EscapeDataString(order.AccessToken), HiddenToken, StringComparison.Ordinal);
}
