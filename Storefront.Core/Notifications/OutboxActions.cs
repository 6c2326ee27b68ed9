using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Notifications;

/// <summary>What an admin can do with a message in the outbox.</summary>
public sealed class OutboxActions(IDbContextFactory<StoreDbContext> contexts, OutboxSignal signal, TimeProvider time)
{
    /// <summary>
    /// Sends a message again. A queued or failed one is tried at once; a sent one is copied into a new message
    /// (with a Message-Id of its own, so mail clients show it rather than drop it as a duplicate).
    /// Returns the id of the message that will be sent.
    /// </summary>
    public async Task<Guid> ResendAsync(Guid id, CancellationToken cancellationToken = default)
    {
        Guid queued;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
                ?? throw new DomainException("There is no such message in the outbox.");
            var now = time.GetUtcNow().UtcDateTime;
            if (message.Status == OutboxStatus.Sent)
            {
                var sequence = await OrderEmails.NextSequenceAsync(db, message.OrderId, message.Kind, cancellationToken);
                var copy = new OutboxMessage(message.OrderId, message.Kind, sequence, message.To,
                    new RenderedEmail(message.Subject, message.HtmlBody, message.TextBody), now);
                db.OutboxMessages.Add(copy);
                queued = copy.Id;
            }
            else
            {
                message.Requeue(now);
                queued = message.Id;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        signal.Notify();
        return queued;
    }
}
