using Storefront.Core.Admin;
using Storefront.Core.Orders;
using Storefront.Web.Admin.Orders;

namespace Storefront.Tests.Admin.Web;

public sealed class OrderListQueryTests
{
    private const string Cursor = "1600.639000000000000000.0194b2a0c0c070008000000000000abc";

    [Fact]
    public void A_full_query_becomes_the_filter_and_the_filter_links_back_to_the_same_query()
    {
        var parse = new OrderListQuery(" ada@example.com ", "Partially-Refunded", "2026-11-01", "2026-11-20", "total-lowest", Cursor, null).Parse();

        Assert.True(parse.IsValid);
        Assert.Equal(new AdminOrderFilter
        {
            Search = "ada@example.com",
            Status = OrderStatus.PartiallyRefunded,
            From = new DateOnly(2026, 11, 1),
            To = new DateOnly(2026, 11, 20),
            Sort = AdminOrderSort.TotalLowest,
            After = new AdminOrderCursor(1600, new DateTime(639000000000000000, DateTimeKind.Utc), Guid.Parse("0194b2a0c0c070008000000000000abc")),
        }, parse.Filter);
        Assert.Equal(
            $"/admin/orders?search=ada%40example.com&status=partially-refunded&from=2026-11-01&to=2026-11-20&sort=total-lowest&after={Cursor}",
            AdminOrderLinks.ListFor(parse.Filter));
        Assert.Equal(
            "/admin/orders.csv?search=ada%40example.com&status=partially-refunded&from=2026-11-01&to=2026-11-20&sort=total-lowest",
            AdminOrderLinks.CsvFor(parse.Filter));
    }

    [Fact]
    public void An_empty_query_is_every_order_newest_first_on_page_one()
    {
        var parse = new OrderListQuery("", " ", null, "", null, "", " ").Parse();

        Assert.True(parse.IsValid);
        Assert.Equal(new AdminOrderFilter(), parse.Filter);
        Assert.Equal("/admin/orders", AdminOrderLinks.ListFor(parse.Filter));
    }

    [Theory]
    [InlineData("bogus", null, null, null, null, "“bogus” is not an order status.")]
    [InlineData("2", null, null, null, null, "“2” is not an order status.")]
    [InlineData(null, "2026-13-01", null, null, null, "“From” must be a date such as 2026-01-31 (it is “2026-13-01”).")]
    [InlineData(null, null, "yesterday", null, null, "“To” must be a date such as 2026-01-31 (it is “yesterday”).")]
    [InlineData(null, "2026-11-20", "2026-11-01", null, null, "“From” (2026-11-20) is after “To” (2026-11-01).")]
    [InlineData(null, null, null, "price", null, "“price” is not a way to sort orders.")]
    [InlineData(null, null, null, null, "3", "“after” is not a place in this list (it is “3”); start again from the first page.")]
    [InlineData(null, null, null, null, "1600.6390.0194b2a0", "“after” is not a place in this list (it is “1600.6390.0194b2a0”); start again from the first page.")]
    [InlineData(null, null, null, null, "-1.6390.0194b2a0c0c070008000000000000abc", "“after” is not a place in this list (it is “-1.6390.0194b2a0c0c070008000000000000abc”); start again from the first page.")]
    [InlineData(null, null, null, null, "1.3155378976000000000.0194b2a0c0c070008000000000000abc", "“after” is not a place in this list (it is “1.3155378976000000000.0194b2a0c0c070008000000000000abc”); start again from the first page.")]
    [InlineData(null, null, null, null, "1.2.3.4", "“after” is not a place in this list (it is “1.2.3.4”); start again from the first page.")]
    public void A_bad_value_is_refused_with_a_message_naming_it(string? status, string? from, string? to, string? sort, string? after, string message)
    {
        var parse = new OrderListQuery(null, status, from, to, sort, after, null).Parse();

        Assert.False(parse.IsValid);
        Assert.Equal([message], parse.Problems);
    }

    [Fact]
    public void A_link_with_both_after_and_before_is_refused()
    {
        var parse = new OrderListQuery(null, null, null, null, null, Cursor, Cursor).Parse();

        Assert.Equal(["A page link has “after” or “before”, not both."], parse.Problems);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var parse = new OrderListQuery(new string('a', 255), "bogus", "nope", null, null, "x", "y").Parse();

        Assert.Equal(5, parse.Problems.Count);
    }

    [Fact]
    public void The_detail_link_escapes_the_number()
    {
        Assert.Equal("/admin/orders/SF-7K4Q2M9X", AdminOrderLinks.Detail("SF-7K4Q2M9X"));
        Assert.Equal("/admin/orders/a%2Fb", AdminOrderLinks.Detail("a/b"));
    }
}
