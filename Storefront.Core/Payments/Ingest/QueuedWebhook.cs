namespace Storefront.Core.Payments.Ingest;

/// <summary>A verified Stripe event waiting in the <see cref="WebhookIngestQueue"/> for the writer to store it.</summary>
public sealed class QueuedWebhook(string eventId, string type, string payload)
{
    // Asynchronous continuations: the writer completes a whole batch and must not run each request's rest inline.
    private readonly TaskCompletionSource<bool> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string EventId { get; } = eventId;

    public string Type { get; } = type;

    public string Payload { get; } = payload;

    /// <summary>
    /// Completes once the event's batch has committed: true when this delivery stored it, false when the event id was
    /// stored before (a duplicate). Faults when the batch could not be committed.
    /// </summary>
    public Task<bool> Stored => _stored.Task;

    public void Complete(bool stored) => _stored.TrySetResult(stored);

    public void Fail(Exception error) => _stored.TrySetException(error);
}
