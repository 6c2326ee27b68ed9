namespace Storefront.Core.Catalog.Csv;

/// <summary>An imported file as read: the rows that have the header's cells, and what is wrong with the rest.</summary>
internal sealed record ProductCsvFile(IReadOnlyList<ProductCsvRow> Rows, IReadOnlyList<ProductImportProblem> Problems)
{
    /// <summary>True when the file as a whole cannot be read (no header, missing columns, too many rows).</summary>
    public bool Unreadable => Problems.Any(p => p.Row is null);
}
