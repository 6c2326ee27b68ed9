namespace Storefront.Core.Catalog.Admin;

/// <summary>One product as the CSV export writes it: every field an import reads back.</summary>
public sealed record ProductExportRow(
    string? Sku,
    string Slug,
    string Name,
    string Description,
    long UnitPrice,
    long? CompareAtPrice,
    string CategorySlug,
    bool IsActive,
    int Stock,
    int LowStockThreshold);
