using System.Globalization;

namespace Storefront.Core.Pricing;

/// <summary>
/// Amounts as people type them and spreadsheets read them: <c>12.50</c> for 1250 cents, <c>1250</c> for ¥1,250.
/// The number of decimals is the currency's, so a yen amount never gains a fraction.
/// </summary>
public static class MajorUnits
{
    /// <summary>Plain invariant digits without symbol or grouping, e.g. <c>1234.50</c>.</summary>
    public static string Format(long minorUnits, string currency)
    {
        var exponent = CurrencyInfo.For(currency).Exponent;
        return (minorUnits / Scale(exponent)).ToString("F" + exponent, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads a positive or zero amount such as <c>12.50</c> into minor units; fails on signs, grouping, other
    /// symbols and on more decimals than the currency has, with the reason in <paramref name="error"/>.
    /// </summary>
    public static bool TryParse(string? text, string currency, out long minorUnits, out string error)
    {
        var info = CurrencyInfo.For(currency);
        minorUnits = 0;
        error = "";
        var trimmed = text?.Trim() ?? "";
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major))
        {
            error = $"Enter an amount such as {Example(info)}.";
            return false;
        }

        if (major > long.MaxValue / Scale(info.Exponent))
        {
            error = "That amount is too large.";
            return false;
        }

        var minor = major * Scale(info.Exponent);
        if (minor != decimal.Truncate(minor))
        {
            error = info.Exponent == 0
                ? $"{info.Code.ToUpperInvariant()} amounts have no decimals."
                : $"{info.Code.ToUpperInvariant()} amounts have at most {info.Exponent} decimals.";
            return false;
        }

        minorUnits = (long)minor;
        return true;
    }

    private static string Example(CurrencyInfo info) => info.Exponent == 0 ? "1250" : 12.5m.ToString("F" + info.Exponent, CultureInfo.InvariantCulture);

    private static decimal Scale(int exponent)
    {
        var scale = 1m;
        for (var i = 0; i < exponent; i++)
        {
            scale *= 10;
        }

        return scale;
    }
}
