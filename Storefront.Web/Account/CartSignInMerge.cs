using System.Security.Claims;
using Storefront.Core.Cart;
using Storefront.Web.Cart;

namespace Storefront.Web.Account;

/// <summary>
/// At sign-in, the guest's cart joins the shopper's own cart (or becomes it), and the cart cookie points at the
/// result, so what they picked before signing in is still there, on every device they use.
/// </summary>
public sealed class CartSignInMerge(CartService carts)
{
    public async Task MergeAsync(HttpContext context, ClaimsPrincipal? user)
    {
        if (user?.UserId() is { } userId)
        {
            var cartId = await carts.AttachToUserAsync(context.PeekCartId() ?? Guid.NewGuid(), userId, context.RequestAborted);
            context.SetCartId(cartId);
        }
    }
}
