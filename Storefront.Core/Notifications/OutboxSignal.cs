namespace Storefront.Core.Notifications;

/// <summary>Wakes the outbox worker when this app instance has committed a new message.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _queued = new(0);

    public void Notify() => _queued.Release();

    /// <summary>Returns when a message was queued, or when <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
