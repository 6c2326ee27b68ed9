namespace Storefront.Core.Payments;

/// <summary>
/// A Stripe event the store has applied. Its id is the primary key, so the insert that records it fails
/// for a second delivery of the same event, and the effects saved in the same transaction are rolled back.
/// </summary>
public sealed class ProcessedWebhookEvent
{
    private ProcessedWebhookEvent()
    {
    }

    public ProcessedWebhookEvent(string eventId, string type, DateTime receivedAt, string outcome, Guid? orderId)
    {
        EventId = eventId;
        Type = type;
        ReceivedAt = receivedAt;
        Outcome = outcome;
        OrderId = orderId;
    }

    /// <summary>Stripe's event id (<c>evt_…</c>).</summary>
    public string EventId { get; private set; } = "";

    public string Type { get; private set; } = "";

    public DateTime ReceivedAt { get; private set; }

    /// <summary>What applying the event did, in words an admin reads on the order's timeline.</summary>
    public string Outcome { get; private set; } = "";

    public Guid? OrderId { get; private set; }

    public void Complete(string outcome, Guid? orderId)
    {
        Outcome = outcome;
        OrderId = orderId;
    }
}
