using Microsoft.AspNetCore.Antiforgery;
using Storefront.Core.Checkout;
using Storefront.Web.Cart;
using Storefront.Web.Hosting;
using Storefront.Web.Shopping;

namespace Storefront.Web.Checkout;

public static class CheckoutEndpoints
{
    public const string Path = "/checkout";

    /// <summary>
    /// <c>POST /checkout</c>, the cart's checkout form and the cancel page's "Try again": 303 to Stripe's payment page,
    /// or back to the cart with the reason. Posting twice (a double click, a reload, a second tab) lands on the same
    /// payment page.
    /// </summary>
    public static IEndpointRouteBuilder MapCheckoutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpContext context, IAntiforgery antiforgery, ShopperActions actions, CancellationToken cancellationToken) =>
        {
            // The handler binds no form, so the antiforgery middleware would only note a bad token, never refuse it;
            // without this any site could make its visitors' browsers start checkouts and hold stock.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Text(
                    "This checkout form has expired or did not come from this shop, so nothing was done. Go back to your cart, reload it and check out again.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                var started = await actions.CheckoutAsync(Shopper.From(context), cancellationToken);
                return new SeeOther(started.PaymentUrl);
            }
            catch (CheckoutException refused)
            {
                return new SeeOther($"{CartPage.Path}?checkout={refused.Problem}");
            }
            catch (RateLimitedException refused)
            {
                return TooManyRequests.For(context, refused);
            }
        });
        return endpoints;
    }
}
