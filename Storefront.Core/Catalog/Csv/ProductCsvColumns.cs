namespace Storefront.Core.Catalog.Csv;

/// <summary>The product file's header, in the order the export writes it; an import needs every one, in any order.</summary>
public static class ProductCsvColumns
{
    public const string Sku = "sku";
    public const string Slug = "slug";
    public const string Name = "name";
    public const string Description = "description";
    public const string Price = "price";
    public const string CompareAtPrice = "compare_at_price";
    public const string Category = "category";
    public const string Status = "status";
    public const string Stock = "stock";
    public const string LowStockThreshold = "low_stock_threshold";

    public const string Active = "active";
    public const string Archived = "archived";

    public static IReadOnlyList<string> All { get; } =
        [Sku, Slug, Name, Description, Price, CompareAtPrice, Category, Status, Stock, LowStockThreshold];
}
