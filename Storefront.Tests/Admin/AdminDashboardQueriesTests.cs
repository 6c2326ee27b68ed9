using Microsoft.Extensions.Options;
using Storefront.Core.Admin;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Store;
using Storefront.Tests.Infrastructure;
using static Storefront.Tests.Admin.AdminOrderSeed;

namespace Storefront.Tests.Admin;

public sealed class AdminDashboardQueriesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Today = Now.Date;
    private static readonly DateTime FirstDay = Today.AddDays(-29);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Totals_count_orders_by_day_placed_and_net_revenue_by_day_paid(DatabaseProvider provider)
    {
        await using var database = await WithAsync(provider,
            Paid("today@example.com", 5000, Today.AddHours(9), Today.AddHours(9).AddMinutes(5)),
            Paid("partly@example.com", 2000, Today.AddDays(-3), refunded: 500),
            Paid("refunded@example.com", 3000, Today.AddDays(-10), refunded: 3000),
            Paid("older@example.com", 4000, Today.AddDays(-20)),
            Paid("placed-long-ago@example.com", 1000, Today.AddDays(-40), paidAt: FirstDay),
            Paid("too-old@example.com", 8000, Today.AddDays(-31), paidAt: FirstDay.AddTicks(-1)),
            Cancelled("cancelled@example.com", 700, Today.AddHours(1)),
            Placed("waiting@example.com", 900, Today.AddDays(-1)));

        var dashboard = await Dashboard(database).GetAsync();

        Assert.Equal("usd", dashboard.Currency);
        Assert.Equal(new PeriodTotals(2, 5000), dashboard.Today);
        Assert.Equal(new PeriodTotals(4, 6500), dashboard.Last7Days);
        Assert.Equal(new PeriodTotals(6, 11500), dashboard.Last30Days);
        // By status: the orders placed in the last 30 days, so not the two placed 31 and 40 days ago.
        Assert.Equal(
            new Dictionary<OrderStatus, int>
            {
                [OrderStatus.Created] = 1, [OrderStatus.AwaitingPayment] = 0, [OrderStatus.Paid] = 2, [OrderStatus.PaymentFailed] = 0,
                [OrderStatus.PartiallyRefunded] = 1, [OrderStatus.Refunded] = 1, [OrderStatus.Cancelled] = 1,
            },
            dashboard.CountsByStatus);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Daily_revenue_has_thirty_days_oldest_first_with_empty_days_as_zero(DatabaseProvider provider)
    {
        await using var database = await WithAsync(provider,
            Paid("today@example.com", 5000, Today.AddHours(23).AddMinutes(59)),
            Paid("first@example.com", 1000, FirstDay),
            Paid("partly@example.com", 2000, Today.AddDays(-3).AddHours(12), refunded: 500),
            Paid("same-day@example.com", 250, Today.AddDays(-3).AddHours(13)));

        var daily = (await Dashboard(database).GetAsync()).DailyRevenue;

        Assert.Equal(30, daily.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => DateOnly.FromDateTime(FirstDay.AddDays(i))), daily.Select(d => d.Day));
        var expected = new Dictionary<DateOnly, long>
        {
            [DateOnly.FromDateTime(FirstDay)] = 1000,
            [DateOnly.FromDateTime(Today.AddDays(-3))] = 1750,
            [DateOnly.FromDateTime(Today)] = 5000,
        };
        Assert.Equal(daily.Select(d => expected.GetValueOrDefault(d.Day)), daily.Select(d => d.Amount));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_empty_store_shows_zeros(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var dashboard = await Dashboard(database).GetAsync();

        Assert.Equal((new PeriodTotals(0, 0), new PeriodTotals(0, 0)), (dashboard.Today, dashboard.Last30Days));
        Assert.All(dashboard.CountsByStatus.Values, count => Assert.Equal(0, count));
        Assert.Equal(Enum.GetValues<OrderStatus>().Length, dashboard.CountsByStatus.Count);
        Assert.All(dashboard.DailyRevenue, day => Assert.Equal(0, day.Amount));
    }

    private static AdminDashboardQueries Dashboard(TestDatabase database) =>
        new(database.Contexts, new FixedClock(Now), Options.Create(new StoreOptions { Currency = "USD" }));
}
