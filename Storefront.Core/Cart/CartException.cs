namespace Storefront.Core.Cart;

public sealed class CartException(CartProblem problem, string message) : DomainException(message)
{
    public CartProblem Problem { get; } = problem;
}
