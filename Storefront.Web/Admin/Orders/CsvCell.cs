using Storefront.Core.Csv;

namespace Storefront.Web.Admin.Orders;

/// <summary>One CSV field (RFC 4180), safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>
    /// Text that a spreadsheet would run as a formula (<c>=HYPERLINK(…)</c> in a customer's email) is escaped as
    /// <see cref="SpreadsheetText"/> says; a field with a comma, quote or line break is quoted with its quotes doubled.
    /// </summary>
    public static string Text(string? value)
    {
        var text = SpreadsheetText.Escape(value);
        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
