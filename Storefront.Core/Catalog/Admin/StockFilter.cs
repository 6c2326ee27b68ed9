namespace Storefront.Core.Catalog.Admin;

public enum StockFilter
{
    /// <summary>In stock, at or below the product's own low-stock threshold.</summary>
    Low,
    Out,
}
