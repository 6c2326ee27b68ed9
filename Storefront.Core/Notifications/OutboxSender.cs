using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Storefront.Core.Data;
using Storefront.Core.Observability;
using Storefront.Core.Retries;

namespace Storefront.Core.Notifications;

/// <summary>
/// Sends the outbox's due messages. Before sending, a sender takes a message with a lease (one conditional UPDATE,
/// which only one sender can win, whichever app instance it runs in), so two senders never send the same message
/// at once. The lease (<c>Email:SendLease</c>) outlasts any send; if the app dies mid-send the lease runs out and the
/// message is sent again with the same Message-Id: delivery to the SMTP server is at least once, because no store can
/// know whether a send cut short between the server's answer and the mark reached the server. State changes are set-based updates guarded by the lease, not tracked saves, so a
/// sender whose lease was taken over cannot overwrite the new owner's record.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<StoreDbContext> contexts,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    StoreMetrics metrics,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);
    private readonly Guid _owner = Guid.NewGuid();

    /// <summary>Sends every message that is due now; returns how many it tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var tried = 0;
        List<Guid> due;
        do
        {
            due = await DueAsync(cancellationToken);
            foreach (var id in due)
            {
                if (await ClaimAsync(id, cancellationToken))
                {
                    // Not the stopping token: an app shutting down finishes the send it started and records it.
                    await SendAsync(id, CancellationToken.None);
                    tried++;
                }
            }
        }
        while (due.Count == BatchSize);

        return tried;
    }

    private async Task<List<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil <= now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
    }

    private async Task<bool> ClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await UpdateAsync(
            messages => messages.Where(m => m.Id == id && m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now &&
                                            (m.LeaseUntil == null || m.LeaseUntil <= now)),
            set => set.SetProperty(m => m.LeaseUntil, now + options.Value.SendLease).SetProperty(m => m.LeaseOwner, _owner)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1),
            cancellationToken);
    }

    private async Task SendAsync(Guid id, CancellationToken cancellationToken)
    {
        OutboxMessage message;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
        }

        if (!EmailAddress.IsValid(message.To))
        {
            await FinishAsync(id, OutboxStatus.Failed, $"'{message.To}' is not a valid email address.", null, cancellationToken);
            return;
        }

        try
        {
            await transport.SendAsync(Compose(message), cancellationToken);
            await FinishAsync(id, OutboxStatus.Sent, null, null, cancellationToken);
        }
        catch (EmailRejectedException rejected)
        {
            metrics.OutboxFailures.Add(1);
            logger.LogWarning("Email {MessageId} to {To} was refused: {Reason}", id, message.To, rejected.Message);
            await FinishAsync(id, OutboxStatus.Failed, rejected.Message, null, cancellationToken);
        }
        catch (Exception error)
        {
            metrics.OutboxFailures.Add(1);
            var wait = Backoff.After(message.Attempts, options.Value.RetryDelay, LongestRetry);
            logger.LogWarning(error, "Email {MessageId} could not be sent; trying again in {Wait}.", id, wait);
            await FinishAsync(id, OutboxStatus.Queued, error.Message, time.GetUtcNow().UtcDateTime + wait, cancellationToken);
        }
    }

    private MimeMessage Compose(OutboxMessage outgoing)
    {
        EmailAddress.TryParseMailbox(options.Value.From, out var from);
        var message = new MimeMessage
        {
            Subject = outgoing.Subject,
            MessageId = outgoing.MessageIdFor(from!.Domain),
            Date = new DateTimeOffset(outgoing.CreatedAt, TimeSpan.Zero),
            Body = new BodyBuilder { TextBody = outgoing.TextBody, HtmlBody = outgoing.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress("", outgoing.To));
        return message;
    }

    private async Task FinishAsync(Guid id, OutboxStatus status, string? error, DateTime? retryAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var recorded = await UpdateAsync(
            messages => messages.Where(m => m.Id == id && m.LeaseOwner == _owner),
            set => set.SetProperty(m => m.Status, status)
                .SetProperty(m => m.LastError, error == null ? null : OutboxMessage.Truncate(error))
                .SetProperty(m => m.NextAttemptAt, m => retryAt ?? m.NextAttemptAt)
                .SetProperty(m => m.SentAt, status == OutboxStatus.Sent ? now : null)
                .SetProperty(m => m.LeaseUntil, (DateTime?)null)
                .SetProperty(m => m.LeaseOwner, (Guid?)null),
            cancellationToken);
        if (!recorded)
        {
            logger.LogError("Email {MessageId} outlived its lease; another sender took it over and may send it again.", id);
        }
    }

    private async Task<bool> UpdateAsync(
        Func<IQueryable<OutboxMessage>, IQueryable<OutboxMessage>> select,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> set,
        CancellationToken cancellationToken) =>
        await GatedUpdate.ExecuteAsync(contexts, db => select(db.OutboxMessages), set, cancellationToken) == 1;
}
