namespace Storefront.Core.Cart;

/// <summary>A product and how many of it; the price is read from the catalog, never stored here.</summary>
public sealed class CartLine
{
    private CartLine()
    {
    }

    internal CartLine(Guid cartId, int productId, int quantity)
    {
        CartId = cartId;
        ProductId = productId;
        Quantity = quantity;
    }

    public Guid CartId { get; private set; }

    public int ProductId { get; private set; }

    public int Quantity { get; internal set; }
}
