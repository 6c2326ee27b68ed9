using Storefront.Core.Checkout;
using Storefront.Web.Account;
using Storefront.Web.Cart;
using Storefront.Web.Hosting;

namespace Storefront.Web.Checkout;

public static class CheckoutEndpoints
{
    public const string Path = "/checkout";

    /// <summary>
    /// <c>POST /checkout</c>, the cart's checkout form: 303 to Stripe's payment page, or back to the cart with
    /// the reason. Posting twice (a double click, a reload, a second tab) lands on the same payment page.
    /// </summary>
    public static IEndpointRouteBuilder MapCheckoutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpContext context, CheckoutService checkout, CancellationToken cancellationToken) =>
        {
            try
            {
                // A signed-in shopper's order is theirs, and Stripe's page starts with their email filled in.
                var request = new CheckoutRequest(context.GetCartId(), context.User.Email(), context.User.UserId(), CheckoutLinks.For(context.Request));
                var started = await checkout.StartAsync(request, cancellationToken);
                return new SeeOther(started.PaymentUrl);
            }
            catch (CheckoutException refused)
            {
                return new SeeOther($"{CartPage.Path}?checkout={refused.Problem}");
            }
        });
        return endpoints;
    }
}
