using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Notifications;

/// <summary>What the admin pages read from the outbox.</summary>
public sealed class OutboxQueries(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<OutboxPage> ListAsync(OutboxFilter filter, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 10, 100);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = db.OutboxMessages.AsNoTracking()
            .Where(m => filter.Status == null || m.Status == filter.Status);
        var total = await matching.CountAsync(cancellationToken);
        var messages = await matching.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new OutboxPage(messages, page, pageSize, total);
    }

    public async Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>An order's emails, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ForOrderAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.OrderId == orderId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
    }
}
