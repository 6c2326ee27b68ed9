using CsvHelper;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Csv;
using Storefront.Core.Pricing;

namespace Storefront.Core.Catalog.Csv;

/// <summary>
/// Writes products in the columns of <see cref="ProductCsvColumns"/>: prices as plain major units of the store
/// currency (no decimals for JPY), the category by slug, text escaped so a spreadsheet shows it and runs nothing.
/// </summary>
public static class ProductCsvWriter
{
    /// <summary>Rows between flushes: the download starts at once and memory stays flat for any number of products.</summary>
    private const int FlushEvery = 200;

    public static async Task WriteAsync(TextWriter output, IAsyncEnumerable<ProductExportRow> rows, string currency, CancellationToken cancellationToken = default)
    {
        await using var csv = new CsvWriter(output, ProductCsv.Configuration(), leaveOpen: true);
        foreach (var column in ProductCsvColumns.All)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Write(csv, row, currency);
            await csv.NextRecordAsync();
            if (++written % FlushEvery == 0)
            {
                await csv.FlushAsync();
            }
        }
    }

    private static void Write(CsvWriter csv, ProductExportRow row, string currency)
    {
        csv.WriteField(SpreadsheetText.Escape(row.Sku));
        csv.WriteField(SpreadsheetText.Escape(row.Slug));
        csv.WriteField(SpreadsheetText.Escape(row.Name));
        csv.WriteField(SpreadsheetText.Escape(row.Description));
        csv.WriteField(MajorUnits.Format(row.UnitPrice, currency));
        csv.WriteField(row.CompareAtPrice is { } was ? MajorUnits.Format(was, currency) : "");
        csv.WriteField(SpreadsheetText.Escape(row.CategorySlug));
        csv.WriteField(row.IsActive ? ProductCsvColumns.Active : ProductCsvColumns.Archived);
        csv.WriteField(row.Stock);
        csv.WriteField(row.LowStockThreshold);
    }
}
