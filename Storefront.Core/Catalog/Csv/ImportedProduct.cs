namespace Storefront.Core.Catalog.Csv;

/// <summary>A row that passed every check of its own: the product's details, its category and stock, and the row it came from.</summary>
internal sealed record ImportedProduct(int Row, ProductDetails Details, Category Category, int Stock)
{
    /// <summary>The product this row updates, found by SKU, else by slug; null when the row creates one.</summary>
    public Product? Existing { get; init; }
}
