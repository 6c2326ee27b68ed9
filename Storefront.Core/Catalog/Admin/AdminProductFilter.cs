namespace Storefront.Core.Catalog.Admin;

/// <summary>What staff narrow the product list by; every part is optional.</summary>
public sealed record AdminProductFilter
{
    public const int PageSize = 25;

    /// <summary>Words in the name, or the start of the SKU (any case).</summary>
    public string? Search { get; init; }

    public string? CategorySlug { get; init; }

    public ProductStatusFilter? Status { get; init; }

    public StockFilter? Stock { get; init; }

    public AdminProductSort Sort { get; init; } = AdminProductSort.Name;

    /// <summary>1-based; one past the last page reads as the last page.</summary>
    public int Page { get; init; } = 1;
}
