using Storefront.Core.Catalog.Csv;

namespace Storefront.Tests.Catalog.Csv;

/// <summary>Builds product files as a merchant's spreadsheet saves them: the export's header, then one line per product.</summary>
internal static class ProductCsvText
{
    public static readonly string Header = string.Join(',', ProductCsvColumns.All);

    /// <summary>A row in the export's column order: sku, slug, name, description, price, compare-at, category, status, stock, threshold.</summary>
    public static string Row(params string[] cells) => string.Join(',', cells.Select(Quote));

    public static string File(IEnumerable<string> rows) => string.Join("\r\n", new[] { Header }.Concat(rows)) + "\r\n";

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
