namespace Storefront.Core.Catalog;

/// <summary>A product as it stood before or after a staff action, for showing (and recording) what changed.</summary>
public sealed record ProductSnapshot(
    string Name,
    string Slug,
    string? Sku,
    string Description,
    long UnitPrice,
    long? CompareAtPrice,
    string CategorySlug,
    bool IsActive,
    int LowStockThreshold,
    int Stock,
    IReadOnlyList<string> Images);
