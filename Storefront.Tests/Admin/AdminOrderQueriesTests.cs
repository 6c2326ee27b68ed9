using Microsoft.Extensions.Options;
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
        Assert.Equal(new AdminOrderCount(1, AdminOrderCountKind.Exact), page.Count);
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
    public async Task The_count_is_exact_up_to_the_limit_about_past_it_and_more_than_it_for_a_search(DatabaseProvider provider)
    {
        var open = Enumerable.Range(0, 110).Select(i => Placed($"shopper{i:D3}@example.com", 100, Day.AddHours(i))).ToArray();
        var gone = Enumerable.Range(0, 20).Select(i => Cancelled($"gone{i:D2}@example.com", 100, Day.AddHours(i))).ToArray();
        await using var database = await WithAsync(provider, [.. open, .. gone]);
        var queries = Queries(database, exactCountLimit: 100);

        async Task<AdminOrderCount> Count(AdminOrderFilter filter) => (await queries.ListAsync(filter)).Count;

        Assert.Equal(new AdminOrderCount(130, AdminOrderCountKind.About), await Count(new AdminOrderFilter()));
        Assert.Equal(new AdminOrderCount(110, AdminOrderCountKind.About), await Count(new AdminOrderFilter { Status = OrderStatus.Created }));
        Assert.Equal(new AdminOrderCount(116, AdminOrderCountKind.About),
            await Count(new AdminOrderFilter { From = DateOnly.FromDateTime(Day), To = DateOnly.FromDateTime(Day.AddDays(3)) }));
        Assert.Equal(new AdminOrderCount(68, AdminOrderCountKind.Exact), await Count(new AdminOrderFilter { To = DateOnly.FromDateTime(Day.AddDays(1)) }));
        Assert.Equal(new AdminOrderCount(100, AdminOrderCountKind.MoreThan), await Count(new AdminOrderFilter { Search = "shopper" }));
        Assert.Equal(new AdminOrderCount(10, AdminOrderCountKind.Exact), await Count(new AdminOrderFilter { Search = "shopper01" }));
    }

    [Theory]
    [InlineData(1, AdminOrderCountKind.Exact, "1 order")]
    [InlineData(25, AdminOrderCountKind.Exact, "25 orders")]
    [InlineData(10_234_567, AdminOrderCountKind.About, "about 10,234,567 orders")]
    [InlineData(10_000, AdminOrderCountKind.MoreThan, "more than 10,000 orders")]
    public void A_count_reads_as_it_was_counted(long orders, AdminOrderCountKind kind, string text) =>
        Assert.Equal(text, new AdminOrderCount(orders, kind).ToString());

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

    private static AdminOrderQueries Queries(TestDatabase database, int exactCountLimit = 10_000) =>
        new(database.Contexts, Options.Create(new AdminOptions { ExactCountLimit = exactCountLimit }));

}
