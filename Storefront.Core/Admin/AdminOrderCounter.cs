using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>
/// How many orders a filter matches, for the list's heading. Counting every match of a large shop reads millions of
/// index entries on each page view, so the count stops at <see cref="AdminOptions.ExactCountLimit"/>. Past it, a filter
/// by status and days is summed from the daily totals, which every save keeps in its own transaction, on both
/// databases alike (planner estimates would differ between them and be rough for a status and a range);
/// a search matches by text, which no total holds, so it shows "more than" the limit.
/// </summary>
internal static class AdminOrderCounter
{
    public static async Task<AdminOrderCount> CountAsync(
        StoreDbContext db, IQueryable<Order> matching, AdminOrderFilter filter, int limit, CancellationToken cancellationToken)
    {
        var counted = await matching.Take(limit + 1).CountAsync(cancellationToken);
        if (counted <= limit)
        {
            return new AdminOrderCount(counted, AdminOrderCountKind.Exact);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            return new AdminOrderCount(limit, AdminOrderCountKind.MoreThan);
        }

        var totals = db.OrderDailyTotals.AsNoTracking();
        if (filter.Status is { } status)
        {
            totals = totals.Where(t => t.Status == status);
        }

        if (filter.From is { } from)
        {
            totals = totals.Where(t => t.Day >= from);
        }

        if (filter.To is { } to)
        {
            totals = totals.Where(t => t.Day <= to);
        }

        return new AdminOrderCount(Math.Max(counted, await totals.SumAsync(t => t.Orders, cancellationToken)), AdminOrderCountKind.About);
    }
}
