namespace Storefront.Core.Cart;

/// <summary>A cart line as the shopper sees it, priced from the catalog at the moment it is read.</summary>
public sealed record CartItem(int ProductId, string Slug, string Name, string ImagePath, long UnitPrice, int Quantity, int Stock)
{
    public long LineTotal => checked(UnitPrice * Quantity);

    /// <summary>The most the shopper may ask for: what is in stock, and never more than a cart line holds.</summary>
    public int MaxQuantity => Math.Min(Stock, Cart.MaxQuantity);
}
