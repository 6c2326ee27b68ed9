using System.Net;
using System.Text.RegularExpressions;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Admin.Web;

public sealed class AdminOrdersPageTests
{
    private static readonly DateTime Monday = new(2026, 11, 16, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_list_filtered_by_status_or_searched_shows_only_the_matching_orders(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var paid = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", Monday);
        var refunded = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Refunded, "bob@example.com", Monday.AddDays(1));
        var waiting = await AdminSeed.OrderAsync(admin.Database, OrderStatus.AwaitingPayment, "cy@example.com", Monday.AddDays(2));

        var byStatus = await admin.GetHtmlAsync("/admin/orders?status=paid");
        var bySearch = await admin.GetHtmlAsync($"/admin/orders?search={refunded.Number.ToLowerInvariant()}");
        var byDays = await admin.GetHtmlAsync("/admin/orders?from=2026-11-17&to=2026-11-18&sort=oldest");

        Assert.Contains($">{paid.Number}</a>", byStatus);
        Assert.DoesNotContain(refunded.Number, byStatus);
        Assert.DoesNotContain(waiting.Number, byStatus);
        Assert.Contains("1 order<", byStatus);
        Assert.Contains("<option value=\"paid\" selected>Paid</option>", byStatus);
        Assert.Contains("href=\"/admin/orders.csv?status=paid\"", byStatus);
        Assert.Contains($">{refunded.Number}</a>", bySearch);
        Assert.DoesNotContain(paid.Number, bySearch);
        Assert.True(byDays.IndexOf(refunded.Number, StringComparison.Ordinal) < byDays.IndexOf(waiting.Number, StringComparison.Ordinal));
        Assert.DoesNotContain(paid.Number, byDays);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Bad_filters_say_what_to_fix_on_the_page_and_the_export_refuses_them(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var paid = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", Monday);
        const string query = "?status=shipped&from=2026-11-30&to=2026-11-01&after=0";

        var page = await admin.Client.GetAsync("/admin/orders" + query);
        var csv = await admin.Client.GetAsync("/admin/orders.csv" + query);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Orders</h1>", html);
        Assert.Contains("“shipped” is not an order status.", html);
        Assert.Contains("“From” (2026-11-30) is after “To” (2026-11-01).", html);
        Assert.Contains("“after” is not a place in this list (it is “0”); start again from the first page.", html);
        Assert.Contains("value=\"2026-11-30\"", html);
        Assert.DoesNotContain(paid.Number, html);
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("“shipped” is not an order status.", await csv.Content.ReadAsStringAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Next_and_previous_are_plain_links_that_keep_the_filter(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var orders = new List<Order>();
        for (var i = 0; i < 27; i++)
        {
            orders.Add(await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, $"shopper{i:D2}@example.com", Monday.AddMinutes(i)));
        }

        await AdminSeed.OrderAsync(admin.Database, OrderStatus.Cancelled, "gone@example.com", Monday.AddMinutes(5));

        var first = await admin.GetHtmlAsync("/admin/orders?status=paid&sort=oldest");
        var second = await admin.GetHtmlAsync(Link(first, "Next")!);
        var back = await admin.GetHtmlAsync(Link(second, "Previous")!);

        Assert.Contains("27 orders<", first);
        Assert.Equal(orders[..25].Select(o => o.Number), Numbers(first));
        Assert.Equal(orders[25..].Select(o => o.Number), Numbers(second));
        Assert.Equal(Numbers(first), Numbers(back));
        Assert.StartsWith("/admin/orders?status=paid&sort=oldest&after=", Link(first, "Next"));
        Assert.Null(Link(first, "Previous"));
        Assert.Null(Link(second, "Next"));
        Assert.Equal("/admin/orders?status=paid&sort=oldest", Link(second, "First"));
    }

    private static string? Link(string html, string text) =>
        Regex.Match(html, $"<a class=\"pager-link\" href=\"([^\"]+)\">{text}</a>") is { Success: true } match ? match.Groups[1].Value : null;

    private static IEnumerable<string> Numbers(string html) =>
        Regex.Matches(html, "<tr data-order=\"([^\"]+)\"").Select(match => match.Groups[1].Value);

    // An order placed without shipping, tax or a code: no method, zero amounts, no address.
    private const string NothingShipped = ",,0.00,0.00,0.00,,,,,,,,";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_csv_export_holds_exactly_the_filtered_orders_with_escaped_fields(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var older = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "=HYPERLINK(\"http://evil\"),x@example.com", Monday, 1250, 1);
        var newer = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", Monday.AddHours(5), 123450, 1);
        await AdminSeed.OrderAsync(admin.Database, OrderStatus.Refunded, "bob@example.com", Monday.AddHours(1));
        await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "late@example.com", Monday.AddDays(3));

        var response = await admin.Client.GetAsync("/admin/orders.csv?status=paid&to=2026-11-17");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(
        [
            "Number,Created (UTC),Email,Status,Total,Refunded,Currency,Needs review," +
                "Shipping method,Shipping,Tax,Discount,Promotion code,Ship to,Address line 1,Address line 2,City,Postal code,State,Country",
            $"{newer.Number},2026-11-16 15:00:00,ada@example.com,Paid,1234.50,0.00,USD,no{NothingShipped}",
            $"{older.Number},2026-11-16 10:00:00,\"'=HYPERLINK(\"\"http://evil\"\"),x@example.com\",Paid,12.50,0.00,USD,no{NothingShipped}",
        ], (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
