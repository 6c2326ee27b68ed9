namespace Storefront.Core.Catalog;

/// <summary>A product's editable details once validated: money in minor units, the slug normalized, the SKU trimmed.</summary>
public sealed record ProductDetails(
    string Name,
    string Slug,
    string? Sku,
    string Description,
    long UnitPrice,
    long? CompareAtPrice,
    string CategorySlug,
    bool IsActive,
    int LowStockThreshold);
