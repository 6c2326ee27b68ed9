using System.Collections.Frozen;

namespace Storefront.Core.Pricing;

/// <summary>
/// What the store needs to know about an ISO 4217 currency to hold and show amounts in minor units.
/// The exponents follow Stripe's list, which is what the amounts we send to Stripe must agree with.
/// </summary>
public sealed record CurrencyInfo(string Code, int Exponent, string Symbol)
{
    private static readonly FrozenSet<string> ZeroDecimal = FrozenSet.ToFrozenSet(
        ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);

    private static readonly FrozenSet<string> ThreeDecimal = FrozenSet.ToFrozenSet(
        ["bhd", "jod", "kwd", "omr", "tnd"]);

    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        ["usd"] = "$", ["eur"] = "€", ["gbp"] = "£", ["jpy"] = "¥", ["cny"] = "¥",
        ["inr"] = "₹", ["krw"] = "₩", ["cad"] = "CA$", ["aud"] = "A$", ["nzd"] = "NZ$",
        ["chf"] = "CHF ", ["sek"] = "SEK ", ["nok"] = "NOK ", ["dkk"] = "DKK ", ["brl"] = "R$",
        ["mxn"] = "MX$",
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="code"/> looks like an ISO 4217 code (three ASCII letters).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiLetter);

    public static CurrencyInfo For(string code)
    {
        if (!IsWellFormed(code))
        {
            throw new ArgumentException($"'{code}' is not a three-letter ISO 4217 currency code.", nameof(code));
        }

        var normalized = code.ToLowerInvariant();
        var exponent = ZeroDecimal.Contains(normalized) ? 0 : ThreeDecimal.Contains(normalized) ? 3 : 2;
        var symbol = Symbols.GetValueOrDefault(normalized, normalized.ToUpperInvariant() + " ");
        return new CurrencyInfo(normalized, exponent, symbol);
    }
}
