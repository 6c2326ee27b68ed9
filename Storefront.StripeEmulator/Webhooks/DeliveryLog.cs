namespace Storefront.StripeEmulator.Webhooks;

/// <summary>Every delivery attempt, for the control API and for tests to inspect.</summary>
public sealed class DeliveryLog
{
    private readonly Lock _sync = new();
    private readonly List<DeliveryAttempt> _attempts = [];

    public void Add(DeliveryAttempt attempt)
    {
        lock (_sync)
        {
            _attempts.Add(attempt);
        }
    }

    public IReadOnlyList<DeliveryAttempt> For(string? eventId)
    {
        lock (_sync)
        {
            return _attempts.Where(a => eventId is null || a.EventId == eventId).ToList();
        }
    }
}
