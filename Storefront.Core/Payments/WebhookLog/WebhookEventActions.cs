using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Payments.WebhookLog;

/// <summary>What an admin can do with a received event.</summary>
public sealed class WebhookEventActions(IDbContextFactory<StoreDbContext> contexts, WebhookInbox inbox, TimeProvider time)
{
    private const int Attempts = 3;

    /// <summary>Puts a parked event back in the inbox, due now, and wakes the worker; anything else is refused with the reason.</summary>
    public async Task ApplyAgainAsync(string eventId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var received = await db.ProcessedWebhookEvents.FirstOrDefaultAsync(e => e.EventId == eventId, cancellationToken)
                    ?? throw new DomainException($"No event {eventId} was received.");
                received.ApplyAgain(time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                break;
            }
            // Two admins pressing at once: the second reads again and is told the event is no longer parked.
            catch (Exception error) when (attempt < Attempts && WriteConflict.Is(error))
            {
            }
        }

        inbox.Notify();
    }
}
