using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Storefront.Core.Observability;

namespace Storefront.Core.Payments.Ingest;

/// <summary>
/// Verified events on their way to the inbox: the webhook endpoint adds each delivery, and the one
/// <see cref="WebhookBatchWriter"/> takes what has gathered and stores it in one transaction. Bounded by
/// <c>Webhooks:QueueCapacity</c>, so a database that falls behind turns into answers Stripe retries, not into memory.
/// </summary>
public sealed class WebhookIngestQueue
{
    private readonly Channel<QueuedWebhook> _channel;

    public WebhookIngestQueue(IOptions<WebhookOptions> options, IMeterFactory meters)
    {
        _channel = Channel.CreateBounded<QueuedWebhook>(
            new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        meters.Create(StoreMetrics.MeterName).CreateObservableGauge(
            "storefront.webhooks.queue_length", () => Count, unit: "{event}", description: "Verified deliveries waiting for the inbox writer.");
    }

    /// <summary>Events waiting for the writer.</summary>
    public int Count => _channel.Reader.Count;

    internal ChannelReader<QueuedWebhook> Reader => _channel.Reader;

    /// <summary>Queues the event; null when the queue is full or the app is stopping, so it was not taken.</summary>
    public QueuedWebhook? TryAdd(string eventId, string type, string payload)
    {
        var received = new QueuedWebhook(eventId, type, payload);
        return _channel.Writer.TryWrite(received) ? received : null;
    }

    /// <summary>Takes no more events; those already queued are still written.</summary>
    internal void Close() => _channel.Writer.TryComplete();
}
