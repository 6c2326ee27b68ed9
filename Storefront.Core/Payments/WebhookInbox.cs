using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Observability;
using Storefront.Core.Payments.Ingest;

namespace Storefront.Core.Payments;

/// <summary>
/// Where verified Stripe events wait to be applied. Storing them is one insert per batch of deliveries, so the webhook
/// answers Stripe quickly and does not depend on Stripe (or anything slow) being reachable at that moment. Every app instance
/// runs an inbox worker on the same table; a worker claims events (<see cref="ClaimDueAsync"/>) before applying them, so
/// each event is worked on by one instance at a time.
/// </summary>
public sealed class WebhookInbox(
    IDbContextFactory<StoreDbContext> contexts, IOptions<WebhookOptions> options, StoreMetrics metrics, TimeProvider time)
{
    private readonly SemaphoreSlim _arrived = new(0);

    /// <summary>
    /// Stores the events in one transaction, with one statement, and returns the ids it stored: an id received before
    /// (a duplicate delivery) is left as it was and not returned. The ids must be distinct.
    /// </summary>
    public async Task<IReadOnlySet<string>> AppendAsync(IReadOnlyList<QueuedWebhook> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return new HashSet<string>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // In a transaction so that on SQLite it takes its turn at the writers' gate instead of meeting a busy file.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (sql, parameters) = MultiRowInsert(events, time.GetUtcNow().UtcDateTime);
        var inserted = await db.Database.SqlQueryRaw<string>(sql, parameters).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (inserted.Count > 0)
        {
            metrics.WebhooksReceived.Add(inserted.Count);
            Notify();
        }

        return inserted.ToHashSet();
    }

    // One statement both stores new events and recognises duplicates; RETURNING names only the rows it inserted.
    // SQLite and PostgreSQL share this syntax.
    private static (string Sql, object[] Parameters) MultiRowInsert(IReadOnlyList<QueuedWebhook> events, DateTime now)
    {
        var sql = new StringBuilder(
            """INSERT INTO "ProcessedWebhookEvents" ("EventId", "Type", "Payload", "ReceivedAt", "Outcome", "Attempts", "Version") VALUES """);
        var parameters = new object[1 + (3 * events.Count)];
        parameters[0] = now;
        for (var i = 0; i < events.Count; i++)
        {
            var first = 1 + (3 * i);
            parameters[first] = events[i].EventId;
            parameters[first + 1] = events[i].Type;
            parameters[first + 2] = events[i].Payload;
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{first}}}, {{{first + 1}}}, {{{first + 2}}}, {{0}}, '', 0, 0)");
        }

        sql.Append(""" ON CONFLICT ("EventId") DO NOTHING RETURNING "EventId" AS "Value" """);
        return (sql.ToString(), parameters);
    }

    /// <summary>Wakes the worker: an event is due now.</summary>
    public void Notify() => _arrived.Release();

    /// <summary>Lets the worker sleep until an event arrives, or until <paramref name="timeout"/> passes.</summary>
    public Task WaitForArrivalAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _arrived.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="count"/> due events (neither applied, parked nor claimed, next try due), oldest first,
    /// for <paramref name="owner"/> for <c>Webhooks:ClaimLease</c>, and reads them. One conditional UPDATE claims them all,
    /// and only one worker of all the instances wins each event; <c>Due</c> is how many were due, won or not.
    /// </summary>
    public async Task<(List<ProcessedWebhookEvent> Claimed, int Due)> ClaimDueAsync(int count, Guid owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<string> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await Due(db.ProcessedWebhookEvents, now)
                .OrderBy(e => e.ReceivedAt).Select(e => e.EventId).Take(count).ToListAsync(cancellationToken);
        }

        if (due.Count == 0)
        {
            return ([], 0);
        }

        // The UPDATE checks again that each event is due: on PostgreSQL a competing claim committed meanwhile makes it skip the row.
        var until = now + options.Value.ClaimLease;
        await UpdateAsync(
            events => Due(events, now).Where(e => due.Contains(e.EventId)),
            set => set.SetProperty(e => e.LeaseUntil, until).SetProperty(e => e.LeaseOwner, owner),
            cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var claimed = await db.ProcessedWebhookEvents.AsNoTracking()
                .Where(e => due.Contains(e.EventId) && e.LeaseOwner == owner && e.AppliedAt == null)
                .OrderBy(e => e.ReceivedAt).ToListAsync(cancellationToken);
            return (claimed, due.Count);
        }
    }

    /// <summary>Gives back the events <paramref name="owner"/> claimed and did not finish, so that another instance takes them at once.</summary>
    public Task<int> ReleaseAsync(Guid owner, CancellationToken cancellationToken) =>
        UpdateAsync(
            events => events.Where(e => e.LeaseOwner == owner && e.AppliedAt == null),
            set => set.SetProperty(e => e.LeaseUntil, (DateTime?)null).SetProperty(e => e.LeaseOwner, (Guid?)null),
            cancellationToken);

    private static IQueryable<ProcessedWebhookEvent> Due(IQueryable<ProcessedWebhookEvent> events, DateTime now) =>
        events.Where(e => e.AppliedAt == null && e.ParkedAt == null && (e.RetryAt == null || e.RetryAt <= now) &&
                          (e.LeaseUntil == null || e.LeaseUntil <= now));

    private Task<int> UpdateAsync(
        Func<IQueryable<ProcessedWebhookEvent>, IQueryable<ProcessedWebhookEvent>> select,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ProcessedWebhookEvent>> set,
        CancellationToken cancellationToken) =>
        GatedUpdate.ExecuteAsync(contexts, db => select(db.ProcessedWebhookEvents), set, cancellationToken);
}
