using CsvHelper;
using Storefront.Core.Csv;

namespace Storefront.Core.Catalog.Csv;

/// <summary>Reads an import file: the header must name every column of <see cref="ProductCsvColumns"/>, in any order, and no others.</summary>
internal static class ProductCsvReader
{
    public static ProductCsvFile Read(TextReader input, int maxRows)
    {
        var problems = new List<ProductImportProblem>();
        var badRows = new HashSet<int>();
        using var csv = new CsvReader(input, ProductCsv.Configuration(bad => badRows.Add(bad.Context.Parser!.Row)));
        if (!csv.Read())
        {
            return new ProductCsvFile([], [new(null, $"The file is empty. Its first row must name the columns: {string.Join(", ", ProductCsvColumns.All)}.")]);
        }

        var header = (csv.Parser.Record ?? []).Select(cell => cell.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        problems.AddRange(HeaderProblems(header));
        if (problems.Count > 0)
        {
            return new ProductCsvFile([], problems);
        }

        var rows = new List<ProductCsvRow>();
        var index = ProductCsvColumns.All.ToDictionary(column => column, column => Array.IndexOf(header, column));
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            if (rows.Count + problems.Count == maxRows)
            {
                return new ProductCsvFile([], [new(null, $"The file has more than {maxRows} product rows; split it into smaller files.")]);
            }

            // CsvHelper parses a row's cells when they are first read, and only then reports bad data.
            var cells = csv.Parser.Record ?? [];
            if (badRows.Contains(row))
            {
                problems.Add(new(row, "A quote is out of place: a cell with quotes in it must be wholly in quotes, with its own quotes doubled."));
            }
            else if (cells.Length != header.Length)
            {
                problems.Add(new(row, $"It has {cells.Length} cells; the header has {header.Length}."));
            }
            else
            {
                string Cell(string column) => SpreadsheetText.Unescape(cells[index[column]]);
                rows.Add(new ProductCsvRow(
                    row, Cell(ProductCsvColumns.Sku), Cell(ProductCsvColumns.Slug), Cell(ProductCsvColumns.Name), Cell(ProductCsvColumns.Description),
                    Cell(ProductCsvColumns.Price), Cell(ProductCsvColumns.CompareAtPrice), Cell(ProductCsvColumns.Category),
                    Cell(ProductCsvColumns.Status), Cell(ProductCsvColumns.Stock), Cell(ProductCsvColumns.LowStockThreshold)));
            }
        }

        return new ProductCsvFile(rows, problems);
    }

    private static IEnumerable<ProductImportProblem> HeaderProblems(string[] header)
    {
        var missing = ProductCsvColumns.All.Except(header).ToList();
        if (missing.Count > 0)
        {
            yield return new(null, $"The header (row 1) lacks the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}.");
        }

        var unknown = header.Except(ProductCsvColumns.All).ToList();
        if (unknown.Count > 0)
        {
            yield return new(null, $"The header (row 1) has columns the import does not know: {string.Join(", ", unknown.Select(u => u.Length == 0 ? "(empty)" : u))}.");
        }

        var twice = header.GroupBy(h => h).Where(g => g.Count() > 1 && g.Key.Length > 0).Select(g => g.Key).ToList();
        if (twice.Count > 0)
        {
            yield return new(null, $"The header (row 1) names {string.Join(", ", twice)} more than once.");
        }
    }
}
