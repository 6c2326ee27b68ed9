namespace Storefront.Core.Catalog.Csv;

/// <summary>What the audit log keeps of an applied import: the file, its counts, and the slugs it created and changed.</summary>
internal sealed record ProductImportSummary(
    string FileName, int Rows, int Created, int Updated, int Unchanged, int StockNotApplied,
    IReadOnlyList<string> CreatedSlugs, IReadOnlyList<string> UpdatedSlugs);
