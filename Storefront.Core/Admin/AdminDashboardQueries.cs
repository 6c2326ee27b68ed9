using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Store;

namespace Storefront.Core.Admin;

/// <summary>
/// The admin home page's figures, in UTC days. Revenue counts each paid order once, on the day it was paid,
/// net of what was refunded since; orders count on the day they were placed, and by the status they are in now.
/// Both queries read only the last 30 days, from indexes that hold every column they need, so the page costs
/// the same with a thousand orders or a million (counting a million by status took seconds).
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
        var placed = await db.Orders.Where(o => o.CreatedAt >= since).GroupBy(o => o.Status)
            .Select(g => new
            {
                Status = g.Key,
                Today = g.Count(o => o.CreatedAt >= todayStart),
                Week = g.Count(o => o.CreatedAt >= weekStart),
                Month = g.Count(),
            })
            .ToListAsync(cancellationToken);
        var revenueByDay = await db.Orders
            .Where(o => o.PaidAt >= since && o.Currency == currency)
            .GroupBy(o => o.PaidAt!.Value.Date)
            .Select(g => new { Day = g.Key, Amount = g.Sum(o => o.Total - o.AmountRefunded) })
            .ToDictionaryAsync(d => DateOnly.FromDateTime(d.Day), d => d.Amount, cancellationToken);

        var daily = Enumerable.Range(0, Days).Select(i => firstDay.AddDays(i))
            .Select(day => new DailyRevenue(day, revenueByDay.GetValueOrDefault(day))).ToList();
        long RevenueSince(DateOnly start) => daily.Where(d => d.Day >= start).Sum(d => d.Amount);
        return new AdminDashboard(
            currency,
            new PeriodTotals(placed.Sum(p => p.Today), RevenueSince(today)),
            new PeriodTotals(placed.Sum(p => p.Week), RevenueSince(today.AddDays(-6))),
            new PeriodTotals(placed.Sum(p => p.Month), RevenueSince(firstDay)),
            Enum.GetValues<OrderStatus>().ToDictionary(status => status, status => placed.FirstOrDefault(p => p.Status == status)?.Month ?? 0),
            daily);
    }
}
