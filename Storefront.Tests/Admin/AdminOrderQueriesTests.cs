using Storefront.Core.Admin;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using static Storefront.Tests.Admin.AdminOrderSeed;

namespace Storefront.Tests.Admin;

public sealed class AdminOrderQueriesTests
{
    private static readonly DateTime Day = new(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Status_filter_shows_only_orders_in_that_status(DatabaseProvider provider)
    {
        var paid = Paid("ada@example.com", 1000, Day);
        await using var database = await WithAsync(provider,
            paid, Placed("bob@example.com", 2000, Day.AddHours(1)), Cancelled("cy@example.com", 3000, Day.AddHours(2)));

        var page = await Queries(database).ListAsync(new AdminOrderFilter { Status = OrderStatus.Paid });

        var row = Assert.Single(page.Rows);
        Assert.Equal((paid.Number, "ada@example.com", OrderStatus.Paid, 1000L, "usd"), (row.Number, row.CustomerEmail, row.Status, row.Total, row.Currency));
        Assert.Equal(1, page.TotalCount);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Date_range_includes_both_whole_utc_days(DatabaseProvider provider)
    {
        await using var database = await WithAsync(provider,
            Placed("before@example.com", 100, Day.AddTicks(-1)),
            Placed("first@example.com", 100, Day),
            Placed("last@example.com", 100, Day.AddDays(2).AddTicks(-1)),
            Placed("after@example.com", 100, Day.AddDays(2)));

        var page = await Queries(database).ListAsync(new AdminOrderFilter { From = new DateOnly(2026, 11, 10), To = new DateOnly(2026, 11, 11) });

        Assert.Equal(["last@example.com", "first@example.com"], page.Rows.Select(r => r.CustomerEmail));
        Assert.Equal(DateTimeKind.Utc, page.Rows[1].CreatedAt.Kind);
        Assert.Equal(Day, page.Rows[1].CreatedAt);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Search_finds_an_order_by_its_number_in_any_case(DatabaseProvider provider)
    {
        var wanted = Placed("ada@example.com", 100, Day);
        await using var database = await WithAsync(provider, wanted, Placed("ada@example.com", 200, Day));

        var page = await Queries(database).ListAsync(new AdminOrderFilter { Search = "  " + wanted.Number.ToLowerInvariant() + " " });

        Assert.Equal([wanted.Number], page.Rows.Select(r => r.Number));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Search_finds_orders_by_the_start_of_the_email_in_any_case(DatabaseProvider provider)
    {
        await using var database = await WithAsync(provider,
            Placed("Ada.Lovelace@Example.com", 100, Day),
            Placed("ada@example.com", 200, Day.AddHours(1)),
            Placed("adb@example.com", 300, Day.AddHours(2)),
            Placed("grace@ada.example", 400, Day.AddHours(3)));

        var queries = Queries(database);

        Assert.Equal(["ada@example.com", "Ada.Lovelace@Example.com"],
            (await queries.ListAsync(new AdminOrderFilter { Search = "ADA" })).Rows.Select(r => r.CustomerEmail));
        Assert.Equal(["Ada.Lovelace@Example.com"],
            (await queries.ListAsync(new AdminOrderFilter { Search = "ada.love" })).Rows.Select(r => r.CustomerEmail));
        Assert.Empty((await queries.ListAsync(new AdminOrderFilter { Search = "example.com" })).Rows);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Sorts_by_date_and_by_total_both_ways(DatabaseProvider provider)
    {
        await using var database = await WithAsync(provider,
            Placed("a@example.com", 300, Day),
            Placed("b@example.com", 100, Day.AddHours(1)),
            Placed("c@example.com", 200, Day.AddHours(2)));
        var queries = Queries(database);

        async Task<IEnumerable<string>> Sorted(AdminOrderSort sort) =>
            (await queries.ListAsync(new AdminOrderFilter { Sort = sort })).Rows.Select(r => r.CustomerEmail[..1]);

        Assert.Equal(["c", "b", "a"], await Sorted(AdminOrderSort.Newest));
        Assert.Equal(["a", "b", "c"], await Sorted(AdminOrderSort.Oldest));
        Assert.Equal(["a", "c", "b"], await Sorted(AdminOrderSort.TotalHighest));
        Assert.Equal(["b", "c", "a"], await Sorted(AdminOrderSort.TotalLowest));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Pages_split_the_list_and_a_page_past_the_end_shows_the_last_one(DatabaseProvider provider)
    {
        var orders = Enumerable.Range(0, 23).Select(i => Placed($"shopper{i:D2}@example.com", 100, Day.AddMinutes(i))).ToArray();
        await using var database = await WithAsync(provider, orders);
        var queries = Queries(database);

        var middle = await queries.ListAsync(new AdminOrderFilter { Sort = AdminOrderSort.Oldest, Page = 2, PageSize = 10 });
        var last = await queries.ListAsync(new AdminOrderFilter { Sort = AdminOrderSort.Oldest, Page = 3, PageSize = 10 });
        var beyond = await queries.ListAsync(new AdminOrderFilter { Sort = AdminOrderSort.Oldest, Page = 99, PageSize = 10 });
        var belowOne = await queries.ListAsync(new AdminOrderFilter { Sort = AdminOrderSort.Oldest, Page = -4, PageSize = 10 });
        var lastNewest = await queries.ListAsync(new AdminOrderFilter { Page = 3, PageSize = 10 });
        var tooSmall = await queries.ListAsync(new AdminOrderFilter { PageSize = 2 });

        Assert.Equal((3, 10, 23, 3), (last.Page, last.PageSize, last.TotalCount, last.PageCount));
        Assert.Equal(["shopper20@example.com", "shopper21@example.com", "shopper22@example.com"], last.Rows.Select(r => r.CustomerEmail));
        Assert.Equal(orders[10..20].Select(o => o.Number), middle.Rows.Select(r => r.Number));
        Assert.Equal(["shopper02@example.com", "shopper01@example.com", "shopper00@example.com"], lastNewest.Rows.Select(r => r.CustomerEmail));
        Assert.Equal(3, beyond.Page);
        Assert.Equal(last.Rows, beyond.Rows);
        Assert.Equal(1, belowOne.Page);
        Assert.Equal(orders.Take(10).Select(o => o.Number), belowOne.Rows.Select(r => r.Number));
        Assert.Equal((10, 10), (tooSmall.PageSize, tooSmall.Rows.Count));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_empty_result_is_page_one_of_one(DatabaseProvider provider)
    {
        await using var database = await WithAsync(provider, Placed("ada@example.com", 100, Day));

        var page = await Queries(database).ListAsync(new AdminOrderFilter { Search = "nobody", Page = 5 });

        Assert.Equal((1, 1, 0), (page.Page, page.PageCount, page.TotalCount));
        Assert.Empty(page.Rows);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Export_returns_every_match_in_the_list_order(DatabaseProvider provider)
    {
        var orders = Enumerable.Range(0, 130).Select(i => Placed($"shopper{i:D3}@example.com", 1000 + i, Day.AddMinutes(i))).ToArray();
        await using var database = await WithAsync(provider, [.. orders, Cancelled("gone@example.com", 5, Day)]);

        var exported = await Queries(database)
            .ExportAsync(new AdminOrderFilter { Status = OrderStatus.Created, Sort = AdminOrderSort.TotalHighest, PageSize = 10 })
            .ToListAsync();

        Assert.Equal(orders.Reverse().Select(o => o.Number), exported.Select(r => r.Number));
    }

    private static AdminOrderQueries Queries(TestDatabase database) => new(database.Contexts);
}
