using Microsoft.Extensions.Options;
using Storefront.Core.Admin;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using static Storefront.Tests.Admin.AdminOrderSeed;

namespace Storefront.Tests.Admin;

/// <summary>The admin order list pages by keyset: Next and Previous from a cursor, on both providers.</summary>
public sealed class AdminOrderKeysetPagingTests
{
    private static readonly DateTime Day = new(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Walking_next_to_the_end_and_previous_back_visits_every_order_once_in_the_list_order(DatabaseProvider provider)
    {
        // Three orders to a minute and four totals, so pages end in the middle of ties on every sort.
        var orders = Enumerable.Range(0, 23).Select(i => Placed($"shopper{i:D2}@example.com", 100 + 100 * (i % 4), Day.AddMinutes(i / 3))).ToArray();
        await using var database = await WithAsync(provider, orders);
        var queries = Queries(database);

        foreach (var sort in Enum.GetValues<AdminOrderSort>())
        {
            var filter = new AdminOrderFilter { Sort = sort, PageSize = 10 };
            var forward = await WalkForwardAsync(queries, filter);
            var backward = await WalkBackAsync(queries, filter, forward[^1].Previous!);

            var expected = InListOrder(orders, sort).Select(o => o.Number).ToList();
            Assert.Equal(expected, forward.SelectMany(page => page.Rows).Select(r => r.Number));
            Assert.Equal([10, 10, 3], forward.Select(page => page.Rows.Count));
            Assert.Equal(expected[..20], backward.SelectMany(page => page.Rows).Select(r => r.Number));
            Assert.Null(backward[0].Previous);
            Assert.All(forward, page => Assert.Equal(new AdminOrderCount(23, AdminOrderCountKind.Exact), page.Count));
        }
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_filtered_walk_visits_only_and_every_matching_order(DatabaseProvider provider)
    {
        var orders = Enumerable.Range(0, 40)
            .Select(i => i % 3 == 0 ? Cancelled($"gone{i:D2}@example.com", 100, Day.AddHours(i)) : Placed($"open{i:D2}@example.com", 100 + i, Day.AddHours(i)))
            .ToArray();
        await using var database = await WithAsync(provider, orders);
        var filter = new AdminOrderFilter { Status = OrderStatus.Created, To = DateOnly.FromDateTime(Day), Sort = AdminOrderSort.TotalHighest };

        var pages = await WalkForwardAsync(Queries(database), filter with { PageSize = 10 });

        var expected = orders.Where(o => o.Status == OrderStatus.Created && o.CreatedAt < Day.AddDays(1)).OrderByDescending(o => o.Total);
        Assert.Equal(expected.Select(o => o.Number), pages.SelectMany(page => page.Rows).Select(r => r.Number));
        Assert.Equal(2, pages.Count);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Orders_alike_in_every_sort_key_page_by_id(DatabaseProvider provider)
    {
        var orders = Enumerable.Range(0, 12).Select(i => Placed($"twin{i:D2}@example.com", 500, Day)).ToArray();
        await using var database = await WithAsync(provider, orders);
        var queries = Queries(database);
        var byId = orders.OrderBy(o => o.Id.ToString(), StringComparer.Ordinal).Select(o => o.Number).ToList();

        var oldest = await WalkForwardAsync(queries, new AdminOrderFilter { Sort = AdminOrderSort.Oldest, PageSize = 10 });
        var highest = await WalkForwardAsync(queries, new AdminOrderFilter { Sort = AdminOrderSort.TotalHighest, PageSize = 10 });

        Assert.Equal(byId, oldest.SelectMany(page => page.Rows).Select(r => r.Number));
        Assert.Equal(Enumerable.Reverse(byId), highest.SelectMany(page => page.Rows).Select(r => r.Number));
        Assert.Equal(2, oldest.Count);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_cursor_whose_order_is_gone_still_continues_from_its_place(DatabaseProvider provider)
    {
        var orders = Enumerable.Range(0, 5).Select(i => Placed($"shopper{i}@example.com", 100, Day.AddHours(i))).ToArray();
        await using var database = await WithAsync(provider, orders);
        var between = new AdminOrderCursor(100, Day.AddHours(2).AddMinutes(30), Guid.CreateVersion7());

        var after = await Queries(database).ListAsync(new AdminOrderFilter { After = between });

        Assert.Equal([orders[2].Number, orders[1].Number, orders[0].Number], after.Rows.Select(r => r.Number));
        Assert.Null(after.Next);
        Assert.NotNull(after.Previous);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_empty_result_has_no_other_pages(DatabaseProvider provider)
    {
        await using var database = await WithAsync(provider, Placed("ada@example.com", 100, Day));

        var page = await Queries(database).ListAsync(new AdminOrderFilter { Search = "nobody" });

        Assert.Equal((0L, null, null), (page.Count.Orders, page.Previous, page.Next));
        Assert.Empty(page.Rows);
    }

    private static AdminOrderQueries Queries(TestDatabase database) =>
        new(database.Contexts, Options.Create(new AdminOptions()));

    private static async Task<List<AdminOrderPage>> WalkForwardAsync(AdminOrderQueries queries, AdminOrderFilter filter)
    {
        var pages = new List<AdminOrderPage> { await queries.ListAsync(filter) };
        while (pages[^1].Next is { } next)
        {
            pages.Add(await queries.ListAsync(filter with { After = next }));
        }

        return pages;
    }

    /// <summary>From the page before <paramref name="from"/> back to the first, returned first page first.</summary>
    private static async Task<List<AdminOrderPage>> WalkBackAsync(AdminOrderQueries queries, AdminOrderFilter filter, AdminOrderCursor from)
    {
        var pages = new List<AdminOrderPage>();
        AdminOrderCursor? before = from;
        while (before is not null)
        {
            var page = await queries.ListAsync(filter with { Before = before });
            pages.Insert(0, page);
            before = page.Previous;
        }

        return pages;
    }

    // The databases order ids as their text (SQLite) or bytes (PostgreSQL): the same order for both.
    private static IEnumerable<Order> InListOrder(IEnumerable<Order> orders, AdminOrderSort sort) => sort switch
    {
        AdminOrderSort.Oldest => orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id.ToString(), StringComparer.Ordinal),
        AdminOrderSort.TotalHighest => orders.OrderByDescending(o => o.Total).ThenByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id.ToString(), StringComparer.Ordinal),
        AdminOrderSort.TotalLowest => orders.OrderBy(o => o.Total).ThenBy(o => o.CreatedAt).ThenBy(o => o.Id.ToString(), StringComparer.Ordinal),
        _ => orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id.ToString(), StringComparer.Ordinal),
    };
}
