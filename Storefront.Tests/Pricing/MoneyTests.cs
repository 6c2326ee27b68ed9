using Storefront.Core.Pricing;

namespace Storefront.Tests.Pricing;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(2800, "usd", "$28.00")]
    [InlineData(123456, "usd", "$1,234.56")]
    [InlineData(5, "usd", "$0.05")]
    [InlineData(999, "eur", "€9.99")]
    [InlineData(1250, "jpy", "¥1,250")]
    [InlineData(1250, "JPY", "¥1,250")]
    [InlineData(5000, "krw", "₩5,000")]
    [InlineData(1500, "kwd", "KWD 1.500")]
    [InlineData(1999, "chf", "CHF 19.99")]
    [InlineData(-450, "usd", "-$4.50")]
    public void Formats_minor_units_the_way_a_shopper_reads_them(long minorUnits, string currency, string expected)
    {
        Assert.Equal(expected, new Money(minorUnits, currency).ToString());
    }

    [Theory]
    [InlineData("usd", 2)]
    [InlineData("eur", 2)]
    [InlineData("jpy", 0)]
    [InlineData("vnd", 0)]
    [InlineData("bhd", 3)]
    public void Knows_how_many_decimals_a_currency_has(string currency, int exponent)
    {
        Assert.Equal(exponent, CurrencyInfo.For(currency).Exponent);
    }

    [Fact]
    public void Adds_and_multiplies_in_the_same_currency()
    {
        var total = new Money(1600, "usd") * 2 + new Money(4200, "usd") - new Money(200, "usd");

        Assert.Equal(new Money(7200, "usd"), total);
    }

    [Fact]
    public void Refuses_to_mix_currencies()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Money(100, "usd") + new Money(100, "eur"));

        Assert.Equal("Cannot combine usd with eur.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("us")]
    [InlineData("dollars")]
    [InlineData("u$d")]
    public void Refuses_a_code_that_is_not_iso_4217_shaped(string currency)
    {
        Assert.Throws<ArgumentException>(() => new Money(100, currency));
    }
}
