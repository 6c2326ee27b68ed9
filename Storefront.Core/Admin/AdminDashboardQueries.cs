using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Store;

namespace Storefront.Core.Admin;

/// <summary>
/// The admin home page's figures, in UTC days. Revenue counts each paid order once, on the day it was paid,
/// net of what was refunded since; orders count on the day they were placed, and by the status they are in now.
/// Both come from the maintained daily totals (at most 30 days × statuses × currencies rows), so the page costs
/// the same with a thousand orders or ten million.
/// </summary>
public sealed class AdminDashboardQueries(IDbContextFactory<StoreDbContext> contexts, TimeProvider time, IOptions<StoreOptions> store)
{
    private const int Days = 30;

    public async Task<AdminDashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        var currency = store.Value.Currency.ToLowerInvariant();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var firstDay = today.AddDays(1 - Days);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await db.OrderDailyTotals.AsNoTracking().Where(t => t.Day >= firstDay && t.Day <= today).ToListAsync(cancellationToken);

        PeriodTotals Since(DateOnly start) => new(
            (int)totals.Where(t => t.Day >= start).Sum(t => t.Orders),
            totals.Where(t => t.Day >= start && t.Currency == currency).Sum(t => t.PaidRevenue));
        var revenueByDay = totals.Where(t => t.Currency == currency).GroupBy(t => t.Day).ToDictionary(g => g.Key, g => g.Sum(t => t.PaidRevenue));
        return new AdminDashboard(
            currency,
            Since(today),
            Since(today.AddDays(-6)),
            Since(firstDay),
            Enum.GetValues<OrderStatus>().ToDictionary(status => status, status => (int)totals.Where(t => t.Status == status).Sum(t => t.Orders)),
            [.. Enumerable.Range(0, Days).Select(i => firstDay.AddDays(i)).Select(day => new DailyRevenue(day, revenueByDay.GetValueOrDefault(day)))]);
    }
}
