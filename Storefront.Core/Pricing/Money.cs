using System.Globalization;

namespace Storefront.Core.Pricing;

/// <summary>
/// An amount in a currency's minor units (cents for usd, yen for jpy), the unit Stripe uses.
/// Arithmetic never mixes currencies; formatting knows each currency's number of decimals.
/// </summary>
public readonly record struct Money
{
    public Money(long minorUnits, string currency)
    {
        Currency = CurrencyInfo.For(currency).Code;
        MinorUnits = minorUnits;
    }

    public long MinorUnits { get; }

    /// <summary>Lower-case ISO 4217 code, as Stripe writes it.</summary>
    public string Currency { get; }

    public static Money Zero(string currency) => new(0, currency);

    public static Money operator +(Money left, Money right) =>
        new(checked(left.MinorUnits + SameCurrency(left, right).MinorUnits), left.Currency);

    public static Money operator -(Money left, Money right) =>
        new(checked(left.MinorUnits - SameCurrency(left, right).MinorUnits), left.Currency);

    public static Money operator *(Money money, int quantity) =>
        new(checked(money.MinorUnits * quantity), money.Currency);

    /// <summary>The amount as a shopper reads it: <c>$1,234.50</c>, <c>€9.99</c>, <c>¥1,250</c>.</summary>
    public override string ToString()
    {
        var info = CurrencyInfo.For(Currency);
        var major = MinorUnits / (decimal)Pow10(info.Exponent);
        var number = Math.Abs(major).ToString("N" + info.Exponent, CultureInfo.InvariantCulture);
        return (major < 0 ? "-" : "") + info.Symbol + number;
    }

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
