using Storefront.Core.Store;

namespace Storefront.Core.Checkout;

/// <summary>
/// Where Stripe sends the shopper back. <see cref="SuccessUrl"/> keeps Stripe's <c>{CHECKOUT_SESSION_ID}</c>
/// placeholder; the order number is added to <see cref="CancelUrl"/>.
/// </summary>
public sealed record CheckoutUrls(string SuccessUrl, string CancelUrl)
{
    public const string SuccessPath = "/checkout/success";
    public const string CancelPath = "/checkout/cancel";

    /// <summary>
    /// Built from <c>Store:PublicUrl</c> alone: a Host header or a circuit's base address is the client's to choose,
    /// and a paid session would send the shopper wherever it said.
    /// </summary>
    public static CheckoutUrls For(StoreOptions store) =>
        new(store.AbsoluteUrl($"{SuccessPath}?session_id={{CHECKOUT_SESSION_ID}}"), store.AbsoluteUrl(CancelPath));

    public string CancelUrlFor(string orderNumber) => $"{CancelUrl}?order={Uri.EscapeDataString(orderNumber)}";
}
