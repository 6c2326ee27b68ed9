namespace Storefront.Core.Checkout;

/// <summary>What the shopper reads when checkout could not start; the cart is always kept.</summary>
public static class CheckoutMessages
{
    public static string For(CheckoutProblem problem) => problem switch
    {
        CheckoutProblem.EmptyCart => "Your cart is empty.",
        CheckoutProblem.OutOfStock => "Something in your cart sold out while you were shopping. Please review your cart and try again.",
        CheckoutProblem.HoldLimit => "That is more than we can set aside for one shopper at a time. Please lower the quantities in your cart, or finish paying for your other order first.",
        CheckoutProblem.PaymentRejected => "We could not start the payment for this cart. Nothing was charged; please try again or contact us.",
        _ => "Payments are not reachable right now. Nothing was charged and your cart is saved; please try again in a minute.",
    };
}
