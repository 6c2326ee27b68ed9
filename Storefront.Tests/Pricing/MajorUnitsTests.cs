using Storefront.Core.Pricing;

namespace Storefront.Tests.Pricing;

public sealed class MajorUnitsTests
{
    [Theory]
    [InlineData(123450, "usd", "1234.50")]
    [InlineData(5, "eur", "0.05")]
    [InlineData(1250, "jpy", "1250")]
    [InlineData(1250, "kwd", "1.250")]
    public void Formats_plain_digits_with_the_currencys_decimals(long minor, string currency, string text) =>
        Assert.Equal(text, MajorUnits.Format(minor, currency));

    [Theory]
    [InlineData("12.50", "usd", 1250)]
    [InlineData(" 12.5 ", "usd", 1250)]
    [InlineData("12", "usd", 1200)]
    [InlineData(".99", "eur", 99)]
    [InlineData("1250", "jpy", 1250)]
    [InlineData("1250.00", "jpy", 1250)]
    [InlineData("1.250", "kwd", 1250)]
    [InlineData("0", "usd", 0)]
    public void Reads_an_amount_in_major_units(string text, string currency, long minor)
    {
        Assert.True(MajorUnits.TryParse(text, currency, out var parsed, out var error));
        Assert.Equal((minor, ""), (parsed, error));
    }

    [Theory]
    [InlineData("12.505", "usd", "USD amounts have at most 2 decimals.")]
    [InlineData("1250.5", "jpy", "JPY amounts have no decimals.")]
    [InlineData("-5", "usd", "Enter an amount such as 12.50.")]
    [InlineData("1,250.00", "usd", "Enter an amount such as 12.50.")]
    [InlineData("$12", "usd", "Enter an amount such as 12.50.")]
    [InlineData("", "jpy", "Enter an amount such as 1250.")]
    [InlineData(null, "usd", "Enter an amount such as 12.50.")]
    [InlineData("99999999999999999999", "usd", "That amount is too large.")]
    public void Refuses_what_is_not_an_amount_of_the_currency(string? text, string currency, string message)
    {
        Assert.False(MajorUnits.TryParse(text, currency, out var parsed, out var error));
        Assert.Equal((0L, message), (parsed, error));
    }
}
