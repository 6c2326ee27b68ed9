namespace Storefront.Core.Cart;

/// <summary>Why a cart change was refused; pages turn it into words, form posts carry it in the URL.</summary>
public enum CartProblem
{
    OutOfStock,
    QuantityLimit,
    Unavailable,
}
