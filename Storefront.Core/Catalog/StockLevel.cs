namespace Storefront.Core.Catalog;

/// <summary>
/// All a shop page tells of a product's stock: in stock, "only N left" or sold out, and so how many a shopper can pick.
/// A cached page stays right as long as the level does, so a stock movement that keeps it need not evict anything.
/// </summary>
public readonly record struct StockLevel(StockLevelKind Kind, int Left)
{
    public static StockLevel Of(int stock, int lowStockThreshold) =>
        stock <= 0 ? new(StockLevelKind.SoldOut, 0)
        : stock <= lowStockThreshold ? new(StockLevelKind.Low, stock)
        : new(StockLevelKind.InStock, 0);

    /// <summary>The largest quantity offered; above a low level the cart's own limit, and the cart refuses what stock cannot cover.</summary>
    public int MaxQuantity => Kind switch
    {
        StockLevelKind.SoldOut => 0,
        StockLevelKind.Low => Math.Min(Left, Cart.Cart.MaxQuantity),
        _ => Cart.Cart.MaxQuantity,
    };
}
