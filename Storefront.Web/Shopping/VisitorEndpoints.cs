using Microsoft.AspNetCore.Antiforgery;
using Storefront.Core.Cart;
using Storefront.Web.Account;
using Storefront.Web.Cart;

namespace Storefront.Web.Shopping;

public static class VisitorEndpoints
{
    public const string Path = "/me";

    /// <summary>
    /// <c>GET /me</c>: the cart count and sign-in state that <c>wwwroot/visitor.js</c> fills into a page after it loads, from
    /// the server's sign-in and the cart cookie, with the token of the "Sign out" form. It never issues a cart cookie, and
    /// is never stored (see <c>SecurityHeaders</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapVisitor(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, CartService carts, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            var count = context.PeekCartId() is { } cartId ? await carts.CountItemsAsync(cartId, ct) : 0;
            var user = context.User;
            return user.IsSignedIn()
                ? new VisitorState(count, true, user.DisplayName(), user.IsInRole(StorefrontRoles.Admin), antiforgery.GetAndStoreTokens(context).RequestToken)
                : new VisitorState(count, false, null, false, null);
        });
        return endpoints;
    }
}
