namespace Storefront.Web.Admin.Orders;

/// <summary>One CSV field (RFC 4180), safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>
    /// Text that a spreadsheet would run as a formula (<c>=HYPERLINK(…)</c> in a customer's email) gets a leading
    /// apostrophe, so it shows as text; a field with a comma, quote or line break is quoted with its quotes doubled.
    /// </summary>
    public static string Text(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
