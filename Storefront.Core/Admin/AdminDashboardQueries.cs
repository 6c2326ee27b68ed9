using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Store;

namespace Storefront.Core.Admin;

/// <summary>
/// The admin home page's figures, in UTC days. Revenue counts each paid order once, on the day it was paid,
/// net of what was refunded since; orders count on the day they were placed. Each query reads only the last
/// 30 days through the date indexes, so the page stays quick however many orders there are.
/// </summary>
public sealed class AdminDashboardQueries(IDbContextFactory<StoreDbContext> contexts, TimeProvider time, IOptions<StoreOptions> store)
{
    private const int Days = 30;

    public async Task<AdminDashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        var currency = store.Value.Currency.ToLowerInvariant();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var firstDay = today.AddDays(1 - Days);
        var weekStart = AdminOrderSearch.StartOf(today.AddDays(-6));
        var todayStart = AdminOrderSearch.StartOf(today);
        var since = AdminOrderSearch.StartOf(firstDay);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var placed = await db.Orders.Where(o => o.CreatedAt >= since).GroupBy(_ => 1)
            .Select(g => new
            {
                Today = g.Count(o => o.CreatedAt >= todayStart),
                Week = g.Count(o => o.CreatedAt >= weekStart),
                Month = g.Count(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var revenueByDay = await db.Orders
            .Where(o => o.PaidAt >= since && o.Currency == currency)
            .GroupBy(o => o.PaidAt!.Value.Date)
            .Select(g => new { Day = g.Key, Amount = g.Sum(o => o.Total - o.AmountRefunded) })
            .ToDictionaryAsync(d => DateOnly.FromDateTime(d.Day), d => d.Amount, cancellationToken);
        var counts = await db.Orders.GroupBy(o => o.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Status, c => c.Count, cancellationToken);

        var daily = Enumerable.Range(0, Days).Select(i => firstDay.AddDays(i))
            .Select(day => new DailyRevenue(day, revenueByDay.GetValueOrDefault(day))).ToList();
        long RevenueSince(DateOnly start) => daily.Where(d => d.Day >= start).Sum(d => d.Amount);
        return new AdminDashboard(
            currency,
            new PeriodTotals(placed?.Today ?? 0, RevenueSince(today)),
            new PeriodTotals(placed?.Week ?? 0, RevenueSince(today.AddDays(-6))),
            new PeriodTotals(placed?.Month ?? 0, RevenueSince(firstDay)),
            Enum.GetValues<OrderStatus>().ToDictionary(status => status, status => counts.GetValueOrDefault(status)),
            daily);
    }
}
