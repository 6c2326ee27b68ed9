using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Payments.WebhookLog;

/// <summary>What the admin's webhook log reads from the inbox.</summary>
public sealed class WebhookEventQueries(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<WebhookEventPage> ListAsync(WebhookEventFilter filter, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 10, 100);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = InState(db.ProcessedWebhookEvents.AsNoTracking(), filter.State);
        var total = await matching.CountAsync(cancellationToken);
        var events = await matching.OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.EventId)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var numbers = await NumbersAsync(db, events, cancellationToken);
        return new WebhookEventPage(events.Select(e => RowOf(e, numbers)).ToList(), page, pageSize, total);
    }

    public async Task<WebhookEventDetail?> FindAsync(string eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var received = await db.ProcessedWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.EventId == eventId, cancellationToken);
        return received is null ? null : new WebhookEventDetail(RowOf(received, await NumbersAsync(db, [received], cancellationToken)), received.Payload);
    }

    public static WebhookEventState StateOf(ProcessedWebhookEvent received) =>
        received.IsParked ? WebhookEventState.Parked
        : !received.IsApplied ? WebhookEventState.Pending
        : received.OrderId is null ? WebhookEventState.Ignored
        : WebhookEventState.Applied;

    private static IQueryable<ProcessedWebhookEvent> InState(IQueryable<ProcessedWebhookEvent> events, WebhookEventState? state) => state switch
    {
        WebhookEventState.Parked => events.Where(e => e.ParkedAt != null),
        WebhookEventState.Pending => events.Where(e => e.ParkedAt == null && e.AppliedAt == null),
        WebhookEventState.Ignored => events.Where(e => e.AppliedAt != null && e.OrderId == null),
        WebhookEventState.Applied => events.Where(e => e.AppliedAt != null && e.OrderId != null),
        _ => events,
    };

    private static async Task<Dictionary<Guid, string>> NumbersAsync(
        StoreDbContext db, IReadOnlyList<ProcessedWebhookEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Where(e => e.OrderId is not null).Select(e => e.OrderId!.Value).Distinct().ToList();
        return await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Number, cancellationToken);
    }

    private static WebhookEventRow RowOf(ProcessedWebhookEvent e, Dictionary<Guid, string> numbers) => new(
        e.EventId, e.Type, StateOf(e), e.Attempts, e.LastError, e.Outcome, e.ReceivedAt, e.AppliedAt,
        e.OrderId is { } id && numbers.TryGetValue(id, out var number) ? number : null);
}
