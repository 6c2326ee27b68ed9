namespace Storefront.Core.Cart;

public sealed record CartSummary(Guid CartId, IReadOnlyList<CartItem> Items)
{
    public static CartSummary Empty(Guid cartId) => new(cartId, []);

    public int ItemCount => Items.Sum(item => item.Quantity);

    public long Subtotal => Items.Sum(item => item.LineTotal);

    public bool IsEmpty => Items.Count == 0;
}
