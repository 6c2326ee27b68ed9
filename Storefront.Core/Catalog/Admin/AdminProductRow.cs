namespace Storefront.Core.Catalog.Admin;

/// <summary>One line of the admin product list.</summary>
public sealed record AdminProductRow(
    int Id, string Name, string Slug, string? Sku, string CategoryName, long UnitPrice, long? CompareAtPrice, int Stock, int LowStockThreshold, bool IsActive)
{
    public bool IsLowOnStock => Stock > 0 && Stock <= LowStockThreshold;
}
