using System.Globalization;
using CsvHelper.Configuration;

namespace Storefront.Core.Catalog.Csv;

/// <summary>The one CSV dialect the product export writes and the import reads: RFC 4180, commas, CRLF, a header row.</summary>
internal static class ProductCsv
{
    public static CsvConfiguration Configuration(CsvHelper.BadDataFound? badData = null) =>
        new(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            // Cells are escaped against formulas by SpreadsheetText, which the import can undo; CsvHelper's own
            // escaping would be a second, different rule.
            InjectionOptions = InjectionOptions.None,
            DetectColumnCountChanges = false,
            BadDataFound = badData,
            MissingFieldFound = null,
        };
}
