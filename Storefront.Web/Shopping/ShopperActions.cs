using Storefront.Core.Cart;
using Storefront.Core.Checkout;

namespace Storefront.Web.Shopping;

/// <summary>
/// The one implementation of each thing a shopper does to their cart. The plain form posts (<c>CartEndpoints</c>,
/// <c>CheckoutEndpoints</c>) and the interactive components both call these, so a signed-in shopper's checkout is
/// theirs and the rate limits hold whichever way the page was used.
/// </summary>
public sealed class ShopperActions(CartService carts, CheckoutService checkout, ShopperRateLimiter limits)
{
    public Task<CartSummary> AddAsync(Shopper shopper, int productId, int quantity, CancellationToken cancellationToken = default)
    {
        limits.TakeCartWrite(shopper);
        return carts.AddAsync(shopper.CartId, productId, quantity, cancellationToken);
    }

    public Task<CartSummary> SetQuantityAsync(Shopper shopper, int productId, int quantity, CancellationToken cancellationToken = default)
    {
        limits.TakeCartWrite(shopper);
        return carts.SetQuantityAsync(shopper.CartId, productId, quantity, cancellationToken);
    }

    public Task<CartSummary> RemoveAsync(Shopper shopper, int productId, CancellationToken cancellationToken = default)
    {
        limits.TakeCartWrite(shopper);
        return carts.RemoveAsync(shopper.CartId, productId, cancellationToken);
    }

    /// <summary>Checks out, or tries again after leaving the payment page; the same cart lands on the same payment.</summary>
    public Task<CheckoutStarted> CheckoutAsync(Shopper shopper, CancellationToken cancellationToken = default)
    {
        limits.TakeCheckout(shopper);
        return checkout.StartAsync(new CheckoutRequest(shopper.CartId, shopper.Email, shopper.UserId, shopper.ClientAddress), cancellationToken);
    }
}
