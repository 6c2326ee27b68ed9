using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Admin;

/// <summary>The order list, its CSV export and one order's page, for staff.</summary>
public sealed class AdminOrderQueries(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<AdminOrderPage> ListAsync(AdminOrderFilter filter, CancellationToken cancellationToken = default)
    {
        var pageSize = filter.EffectivePageSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = db.Orders.AsNoTracking().Matching(filter);
        var totalCount = await matching.CountAsync(cancellationToken);
        var page = new AdminOrderPage([], 1, pageSize, totalCount);
        page = page with { Page = Math.Clamp(filter.Page, 1, page.PageCount) };

        // Page through the ids alone (an index holds them), then read just the page's rows: skipping far into a
        // million orders then costs index entries, not whole rows. A page nearer the end is counted from the end,
        // in the mirrored order, so the deepest page costs no more than the middle one.
        var offset = (page.Page - 1) * pageSize;
        var take = Math.Min(pageSize, totalCount - offset);
        var fromEnd = offset > totalCount - offset - take;
        var ids = await matching.Sorted(fromEnd ? AdminOrderSearch.Mirrored(filter.Sort) : filter.Sort)
            .Skip(fromEnd ? totalCount - offset - take : offset).Take(take)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        if (fromEnd)
        {
            ids.Reverse();
        }

        var rows = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).AsRows().ToListAsync(cancellationToken);
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return page with { Rows = [.. rows.OrderBy(row => position[row.Id])] };
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
