using Microsoft.AspNetCore.Authentication.Cookies;
using Storefront.Core.Cart;
using Storefront.Web.Cart;

namespace Storefront.Web.Account;

/// <summary>
/// At sign-in, the guest's cart joins the shopper's own cart (or becomes it), and the cart cookie points at the
/// result, so what they picked before signing in is still there, on every device they use.
/// </summary>
public sealed class CartSignInMerge(CartService carts) : CookieAuthenticationEvents
{
    public override async Task SignedIn(CookieSignedInContext context)
    {
        if (context.Principal?.UserId() is { } userId)
        {
            var cartId = await carts.AttachToUserAsync(context.HttpContext.PeekCartId() ?? Guid.NewGuid(), userId, context.HttpContext.RequestAborted);
            context.HttpContext.SetCartId(cartId);
        }

        await base.SignedIn(context);
    }
}
