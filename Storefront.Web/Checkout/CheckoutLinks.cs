using Storefront.Core.Checkout;

namespace Storefront.Web.Checkout;

/// <summary>The store's own addresses that Stripe sends the shopper back to.</summary>
public static class CheckoutLinks
{
    public const string SuccessPath = "/checkout/success";
    public const string CancelPath = "/checkout/cancel";

    /// <param name="baseUri">The store's address as the shopper reached it, e.g. <c>http://localhost:5000/</c>.</param>
    public static CheckoutUrls For(string baseUri)
    {
        var root = baseUri.TrimEnd('/');
        return new CheckoutUrls($"{root}{SuccessPath}?session_id={{CHECKOUT_SESSION_ID}}", $"{root}{CancelPath}");
    }

    public static CheckoutUrls For(HttpRequest request) => For($"{request.Scheme}://{request.Host}{request.PathBase}");
}
