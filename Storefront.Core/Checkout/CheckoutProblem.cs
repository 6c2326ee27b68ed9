namespace Storefront.Core.Checkout;

public enum CheckoutProblem
{
    EmptyCart,
    OutOfStock,
    PaymentRejected,
    PaymentUnavailable,
    HoldLimit,
}
