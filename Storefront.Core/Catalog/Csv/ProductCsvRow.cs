namespace Storefront.Core.Catalog.Csv;

/// <summary>One product row of an imported file, its cells as the merchant left them (formula escapes undone).</summary>
internal sealed record ProductCsvRow(
    int Row,
    string Sku,
    string Slug,
    string Name,
    string Description,
    string Price,
    string CompareAtPrice,
    string Category,
    string Status,
    string Stock,
    string LowStockThreshold);
