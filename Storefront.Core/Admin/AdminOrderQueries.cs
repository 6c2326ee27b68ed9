using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;

namespace Storefront.Core.Admin;

/// <summary>The order list, its CSV export and one order's page, for staff.</summary>
public sealed class AdminOrderQueries(IDbContextFactory<StoreDbContext> contexts, IOptions<AdminOptions> options)
{
    /// <summary>
    /// One page at the filter's cursor. A page is read in the list's order after <see cref="AdminOrderFilter.After"/>,
    /// or in the mirrored order after <see cref="AdminOrderFilter.Before"/> and turned round; one row more than the page
    /// says whether another page lies beyond it.
    /// </summary>
    public async Task<AdminOrderPage> ListAsync(AdminOrderFilter filter, CancellationToken cancellationToken = default)
    {
        var pageSize = filter.EffectivePageSize;
        var backward = filter.After is null && filter.Before is not null;
        var sort = backward ? AdminOrderSearch.Mirrored(filter.Sort) : filter.Sort;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = db.Orders.AsNoTracking().Matching(filter);
        var window = (filter.After ?? filter.Before) is { } cursor ? matching.Following(cursor, sort) : matching;
        var rows = await window.Sorted(sort).Take(pageSize + 1).AsRows().ToListAsync(cancellationToken);
        var more = rows.Count > pageSize;
        if (backward && !more)
        {
            // Back past the start: the first page, in full, with whatever arrived at the top since.
            return await ListAsync(filter with { Before = null }, cancellationToken);
        }

        if (more)
        {
            rows.RemoveAt(pageSize);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var count = await AdminOrderCounter.CountAsync(db, matching, filter, options.Value.ExactCountLimit, cancellationToken);
        var hasPrevious = backward || (filter.After is not null && rows.Count > 0);
        var hasNext = backward || more;
        return new AdminOrderPage(
            rows, pageSize, count,
            hasPrevious ? AdminOrderCursor.Of(rows[0]) : null,
            hasNext ? AdminOrderCursor.Of(rows[^1]) : null);
    }

    /// <summary>Every order the filter matches, in the list's order, without paging; streamed, so a large export stays small in memory.</summary>
    public async IAsyncEnumerable<AdminOrderRow> ExportAsync(
        AdminOrderFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Orders.AsNoTracking().Matching(filter).Sorted(filter.Sort).AsRows().AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public async Task<AdminOrderDetail?> GetDetailAsync(string number, CancellationToken cancellationToken = default)
    {
        var normalized = number.Trim().ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == normalized, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == order.Id)
            .OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var timeline = await OrderTimeline.ReadAsync(db, order, cancellationToken);
        return new AdminOrderDetail(order, payments, timeline);
    }
}
