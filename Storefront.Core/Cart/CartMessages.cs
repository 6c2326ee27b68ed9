namespace Storefront.Core.Cart;

/// <summary>The words for each <see cref="CartProblem"/>, shared by the domain and by pages that re-display a refusal.</summary>
public static class CartMessages
{
    public static string For(CartProblem problem, int stock) => problem switch
    {
        CartProblem.OutOfStock when stock <= 0 => "This product is out of stock.",
        CartProblem.OutOfStock => $"Only {stock} left in stock.",
        CartProblem.QuantityLimit => $"Quantity must be between 1 and {Cart.MaxQuantity}.",
        _ => "That product is no longer sold.",
    };
}
