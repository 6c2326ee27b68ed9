namespace Storefront.Core.Checkout;

/// <summary>
/// Where Stripe sends the shopper back. <see cref="SuccessUrl"/> keeps Stripe's <c>{CHECKOUT_SESSION_ID}</c>
/// placeholder; the order number is added to <see cref="CancelUrl"/>.
/// </summary>
public sealed record CheckoutUrls(string SuccessUrl, string CancelUrl)
{
    public string CancelUrlFor(string orderNumber) => $"{CancelUrl}?order={Uri.EscapeDataString(orderNumber)}";
}
