using Storefront.Core.Admin;
using Storefront.Core.Orders;
using Storefront.Web.Admin.Orders;

namespace Storefront.Tests.Admin.Web;

public sealed class OrderCsvTests
{
    private static readonly DateTime Placed = new(2026, 11, 23, 9, 5, 7, DateTimeKind.Utc);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1@example.com", "'+1@example.com")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a=b", "a=b")]
    public void Text_cells_are_quoted_when_needed_and_never_start_a_formula(string value, string cell) =>
        Assert.Equal(cell, CsvCell.Text(value));

    [Fact]
    public void A_row_has_amounts_in_major_units_beside_the_currency()
    {
        var row = new AdminOrderRow(Guid.NewGuid(), "SF-ABCD1234", Placed, "=cmd|' /C calc'!A0,x@example.com",
            OrderStatus.PartiallyRefunded, 123450, 1000, "usd", true);

        Assert.Equal(
            "SF-ABCD1234,2026-11-23 09:05:07,\"'=cmd|' /C calc'!A0,x@example.com\",Partially refunded,1234.50,10.00,USD,yes,,0.00,0.00,0.00,,,,,,,,",
            OrderCsv.Row(row));
    }

    [Fact]
    public void A_row_has_the_shipping_tax_discount_and_address_columns()
    {
        var row = new AdminOrderRow(Guid.NewGuid(), "SF-ABCD1234", Placed, "ada@example.com", OrderStatus.Paid, 3300, 0, "jpy", false,
            "Express", 800, 250, 250, "TEN", new ShippingAddress("Ada Lovelace", "1 Main St", "Flat 2", "Tokyo", "100-0001", null, "JP"));

        Assert.EndsWith(",Paid,3300,0,JPY,no,Express,800,250,250,TEN,Ada Lovelace,1 Main St,Flat 2,Tokyo,100-0001,,JP", OrderCsv.Row(row));
        Assert.Equal(OrderCsv.Header.Split(',').Length, OrderCsv.Row(row).Split(',').Length);
    }

    [Fact]
    public void A_zero_decimal_currency_has_no_decimals()
    {
        var row = new AdminOrderRow(Guid.NewGuid(), "SF-ABCD1234", Placed, "ada@example.com", OrderStatus.Paid, 1250, 0, "jpy", false);

        Assert.Contains(",Paid,1250,0,JPY,no,", OrderCsv.Row(row));
    }
}
