using System.Globalization;

namespace Storefront.StripeEmulator.Pages;

/// <summary>Minor units to display text, knowing Stripe's zero-decimal currencies (¥1,200 is 1200 jpy, not 120000).</summary>
public static class MoneyFormatter
{
    private static readonly HashSet<string> ZeroDecimal =
    [
        "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
    ];

    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["usd"] = "$", ["eur"] = "€", ["gbp"] = "£", ["jpy"] = "¥", ["cad"] = "CA$", ["aud"] = "A$",
    };

    public static string Format(long minorUnits, string currency)
    {
        var code = currency.ToLowerInvariant();
        var zeroDecimal = ZeroDecimal.Contains(code);
        var major = zeroDecimal ? minorUnits : minorUnits / 100m;
        var number = major.ToString(zeroDecimal ? "N0" : "N2", CultureInfo.InvariantCulture);
        return Symbols.TryGetValue(code, out var symbol)
            ? $"{symbol}{number}"
            : $"{number} {code.ToUpperInvariant()}";
    }
}
