using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Notifications;

namespace Storefront.Web.Health;

/// <summary>Unhealthy when the webhook inbox or the email outbox holds work older than its threshold.</summary>
public sealed class QueuesHealthCheck(IDbContextFactory<StoreDbContext> contexts, IOptions<HealthOptions> options, TimeProvider time)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var inboxSince = now - options.Value.InboxStuckAfter;
        var outboxSince = now - options.Value.OutboxStuckAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stuckEvents = await db.ProcessedWebhookEvents
            .CountAsync(e => e.AppliedAt == null && e.ParkedAt == null && e.ReceivedAt < inboxSince, cancellationToken);
        var stuckEmails = await db.OutboxMessages
            .CountAsync(m => m.Status == OutboxStatus.Queued && m.CreatedAt < outboxSince, cancellationToken);
        var problems = new List<string>();
        if (stuckEvents > 0)
        {
            problems.Add($"{stuckEvents} Stripe event(s) unapplied for more than {options.Value.InboxStuckAfter:c}.");
        }

        if (stuckEmails > 0)
        {
            problems.Add($"{stuckEmails} email(s) unsent for more than {options.Value.OutboxStuckAfter:c}.");
        }

        return problems.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(string.Join(" ", problems));
    }
}
