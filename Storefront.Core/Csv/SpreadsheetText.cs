namespace Storefront.Core.Csv;

/// <summary>
/// Text in a CSV cell that a spreadsheet must not run as a formula (<c>=HYPERLINK(…)</c> typed into a name or an
/// email). <see cref="Escape"/> puts an apostrophe before it, so it shows as text; <see cref="Unescape"/> takes that
/// apostrophe off again when the file comes back, so an export imports to exactly what was exported.
/// </summary>
public static class SpreadsheetText
{
    // The apostrophe is among them so that text which itself starts with one survives the round trip.
    private static readonly char[] EscapedStarts = ['=', '+', '-', '@', '\t', '\r', '\''];

    public static string Escape(string? value)
    {
        var text = value ?? "";
        return NeedsEscape(text) ? "'" + text : text;
    }

    public static string Unescape(string? cell)
    {
        var text = cell ?? "";
        return text.Length > 1 && text[0] == '\'' && NeedsEscape(text[1..]) ? text[1..] : text;
    }

    private static bool NeedsEscape(string text) => text.Length > 0 && Array.IndexOf(EscapedStarts, text[0]) >= 0;
}
