namespace Storefront.Core.Checkout;

/// <summary>Checkout could not start; the message is written for the shopper, and the cart is kept.</summary>
public sealed class CheckoutException(CheckoutProblem problem, string message) : DomainException(message)
{
    public CheckoutProblem Problem { get; } = problem;
}
