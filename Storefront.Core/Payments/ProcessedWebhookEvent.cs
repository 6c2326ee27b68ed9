namespace Storefront.Core.Payments;

/// <summary>
/// A Stripe event the store has received. Its id is the primary key, so a second delivery of the same event
/// collides on insert and is answered as a duplicate. The event is applied later, by the inbox worker, in one
/// transaction with its effects; <see cref="AppliedAt"/> is set in that same transaction, so it is applied at most once.
/// </summary>
public sealed class ProcessedWebhookEvent
{
    private ProcessedWebhookEvent()
    {
    }

    public ProcessedWebhookEvent(string eventId, string type, string payload, DateTime receivedAt)
    {
        EventId = eventId;
        Type = type;
        Payload = payload;
        ReceivedAt = receivedAt;
    }

    /// <summary>Stripe's event id (<c>evt_…</c>).</summary>
    public string EventId { get; private set; } = "";

    public string Type { get; private set; } = "";

    /// <summary>The event exactly as Stripe signed it.</summary>
    public string Payload { get; private set; } = "";

    public DateTime ReceivedAt { get; private set; }

    public DateTime? AppliedAt { get; private set; }

    /// <summary>What applying the event did, in words an admin reads on the order's timeline.</summary>
    public string Outcome { get; private set; } = "";

    public Guid? OrderId { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>After a failed attempt (Stripe unreachable), when to try again.</summary>
    public DateTime? RetryAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Two workers that pick the same event cannot both mark it applied.</summary>
    public int Version { get; private set; }

    public bool IsApplied => AppliedAt is not null;

    public void MarkApplied(string outcome, Guid? orderId, DateTime now)
    {
        AppliedAt = now;
        Outcome = outcome;
        OrderId = orderId;
        Attempts++;
        RetryAt = null;
        LastError = null;
        Version++;
    }

    public void RecordFailure(string error, DateTime retryAt)
    {
        Attempts++;
        RetryAt = retryAt;
        LastError = error.Length > 1000 ? error[..1000] : error;
        Version++;
    }
}
