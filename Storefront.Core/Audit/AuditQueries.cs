using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Audit;

/// <summary>What the admin reads from the audit log.</summary>
public sealed class AuditQueries(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<AuditPage> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var pageSize = filter.EffectivePageSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = Matching(db.AuditEntries.AsNoTracking(), filter);
        var total = await matching.CountAsync(cancellationToken);
        var page = new AuditPage([], 1, pageSize, total);
        page = page with { Page = Math.Clamp(filter.Page, 1, page.PageCount) };
        var entries = await matching.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page.Page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return page with { Entries = entries };
    }

    /// <summary>The latest entries about one target (a product's page shows its own), newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForTargetAsync(AuditTarget target, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Where(e => e.TargetType == target.Type && e.TargetId == target.Id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Matching(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (filter.Action is { Length: > 0 } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (filter.Actor?.Trim() is { Length: > 0 } actor)
        {
            var lower = actor.ToLowerInvariant();
            entries = entries.Where(e => e.ActorId == actor || e.ActorName.ToLower().StartsWith(lower));
        }

        if (filter.Target?.Trim() is { Length: > 0 } target)
        {
            var upper = target.ToUpperInvariant();
            entries = entries.Where(e => e.TargetId == target || e.TargetId == upper);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }
}
