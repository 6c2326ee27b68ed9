using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;

namespace Storefront.Core.Notifications;

/// <summary>What an admin can do with a message in the outbox.</summary>
public sealed class OutboxActions(IDbContextFactory<StoreDbContext> contexts, OutboxSignal signal, AuditLog audit, TimeProvider time)
{
    private const int Attempts = 3;

    /// <summary>
    /// Sends a message again. A queued or failed one is tried at once; a sent one is copied into a new message
    /// (with a Message-Id of its own, so mail clients show it rather than drop it as a duplicate). A message a sender
    /// holds right now is left to that send, and a sent one whose copy is still waiting is followed to that copy, so
    /// a resend pressed twice, or during the send, never puts the email out twice. The press is audited under
    /// <paramref name="actor"/>, with what it led to, in the same transaction.
    /// </summary>
    public async Task<OutboxResend> ResendAsync(AuditActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var resend = await TryResendAsync(actor, id, cancellationToken);
                if (!resend.AlreadyUnderway)
                {
                    signal.Notify();
                }

                return resend;
            }
            // A resend racing a sender's claim, or any other writer of the message: reading again resolves it.
            catch (Exception error) when (attempt < Attempts && WriteConflict.Is(error))
            {
            }
        }
    }

    private async Task<OutboxResend> TryResendAsync(AuditActor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Two resends at once queue here, and the second finds the first's copy waiting.
        await db.LockAsync<OutboxMessage>(id, cancellationToken);
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new DomainException("There is no such message in the outbox.");
        var now = time.GetUtcNow().UtcDateTime;
        OutboxResend resend;
        if (message.IsBeingSent(now))
        {
            resend = new OutboxResend(message.Id, AlreadyUnderway: true);
        }
        else if (message.Status == OutboxStatus.Sent)
        {
            resend = await WaitingCopyAsync(db, message, cancellationToken) is { } waiting
                ? new OutboxResend(waiting, AlreadyUnderway: true)
                : new OutboxResend(await CopyAsync(db, message, now, cancellationToken), AlreadyUnderway: false);
        }
        else
        {
            // Set-based and guarded like the sender's claim: a message a sender took (or even sent) since it was read
            // is left to that send.
            var requeued = await db.OutboxMessages
                .Where(m => m.Id == id && m.Status != OutboxStatus.Sent && (m.LeaseUntil == null || m.LeaseUntil <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Queued).SetProperty(m => m.NextAttemptAt, now)
                    .SetProperty(m => m.LeaseUntil, (DateTime?)null).SetProperty(m => m.LeaseOwner, (Guid?)null), cancellationToken);
            resend = new OutboxResend(message.Id, AlreadyUnderway: requeued == 0);
        }

        audit.Record(db, actor, AuditActions.OutboxResend, AuditTarget.OutboxMessage(message.Id),
            new { message.Status, message.Attempts }, new { resend.MessageId, resend.AlreadyUnderway });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return resend;
    }

    private static Task<Guid?> WaitingCopyAsync(StoreDbContext db, OutboxMessage sent, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => m.OrderId == sent.OrderId && m.ProductId == sent.ProductId && m.Kind == sent.Kind && m.Sequence > sent.Sequence && m.Status == OutboxStatus.Queued &&
                        m.To == sent.To && m.Subject == sent.Subject && m.TextBody == sent.TextBody)
            .OrderBy(m => m.Sequence).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);

    private static async Task<Guid> CopyAsync(StoreDbContext db, OutboxMessage sent, DateTime now, CancellationToken cancellationToken)
    {
        var sequence = 1 + (await db.OutboxMessages.Where(m => m.OrderId == sent.OrderId && m.ProductId == sent.ProductId && m.Kind == sent.Kind)
            .MaxAsync(m => (int?)m.Sequence, cancellationToken) ?? 0);
        var copy = sent.CopyAs(sequence, now);
        db.OutboxMessages.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return copy.Id;
    }
}
