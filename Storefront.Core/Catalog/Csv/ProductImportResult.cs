namespace Storefront.Core.Catalog.Csv;

/// <summary>
/// What an import did: every row applied (<see cref="Applied"/>) with the counts, or nothing applied and the
/// <see cref="Problems"/> that stopped it, in row order.
/// </summary>
public sealed record ProductImportResult(
    int Created, int Updated, int Unchanged, int StockNotApplied, IReadOnlyList<ProductImportProblem> Problems)
{
    public bool Applied => Problems.Count == 0;

    public static ProductImportResult Refused(IEnumerable<ProductImportProblem> problems) =>
        new(0, 0, 0, 0, [.. problems.OrderBy(p => p.Row ?? 0)]);
}
