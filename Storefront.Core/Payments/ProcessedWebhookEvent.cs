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

    /// <summary>Set when the event failed too often to try again by itself; <see cref="LastError"/> says why.</summary>
    public DateTime? ParkedAt { get; private set; }

    /// <summary>
    /// While in the future, one inbox worker (of whichever app instance) has claimed the event and no other takes it;
    /// a worker that dies leaves the claim to run out, and one that stops clears it.
    /// </summary>
    public DateTime? LeaseUntil { get; private set; }

    public Guid? LeaseOwner { get; private set; }

    /// <summary>Two workers that pick the same event cannot both mark it applied.</summary>
    public int Version { get; private set; }

    public bool IsApplied => AppliedAt is not null;

    public bool IsParked => ParkedAt is not null;

    public void MarkApplied(string outcome, Guid? orderId, DateTime now)
    {
        AppliedAt = now;
        Outcome = outcome;
        OrderId = orderId;
        Attempts++;
        RetryAt = null;
        LastError = null;
        ReleaseLease();
        Version++;
    }

    /// <summary>
    /// Records a failed attempt: it is tried again after <paramref name="wait"/>, or, once it has failed
    /// <paramref name="maxAttempts"/> times, parked until someone applies it again.
    /// </summary>
    public void RecordFailure(string error, DateTime now, TimeSpan wait, int maxAttempts)
    {
        if (IsApplied || IsParked)
        {
            throw new DomainException($"Event {EventId} is {(IsApplied ? "applied" : "parked")}; it has no attempt to fail.");
        }

        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= maxAttempts)
        {
            ParkedAt = now;
            RetryAt = null;
        }
        else
        {
            RetryAt = now + wait;
        }

        ReleaseLease();
        Version++;
    }

    /// <summary>
    /// Puts the event off until <paramref name="until"/> without counting an attempt: Stripe asked the store to slow down
    /// (a 429), which says nothing about the event, so it must not bring it closer to being parked.
    /// </summary>
    public void Defer(string reason, DateTime until)
    {
        if (IsApplied || IsParked)
        {
            throw new DomainException($"Event {EventId} is {(IsApplied ? "applied" : "parked")}; it has no attempt to put off.");
        }

        LastError = reason.Length > 1000 ? reason[..1000] : reason;
        RetryAt = until;
        ReleaseLease();
        Version++;
    }

    /// <summary>Puts a parked event back in the inbox, due now, with a fresh count of attempts; its last error stays until it applies.</summary>
    public void ApplyAgain(DateTime now)
    {
        if (!IsParked)
        {
            throw new DomainException($"Event {EventId} is not parked; only a parked event can be applied again.");
        }

        ParkedAt = null;
        Attempts = 0;
        RetryAt = now;
        ReleaseLease();
        Version++;
    }

    private void ReleaseLease()
    {
        LeaseUntil = null;
        LeaseOwner = null;
    }
}
