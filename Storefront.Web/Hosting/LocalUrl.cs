namespace Storefront.Web.Hosting;

public static class LocalUrl
{
    /// <summary>
    /// Whether <paramref name="url"/> is a path on this site. Anything else (<c>//evil.example</c>,
    /// <c>/\evil.example</c>, <c>https://…</c>) would let a link bounce a shopper to another site. Control
    /// characters are refused too: browsers drop tabs and newlines, so <c>/&#9;/evil.example</c> reads as <c>//evil.example</c>.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
