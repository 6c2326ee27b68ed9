using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Core.Observability;
using Storefront.Core.Retries;

namespace Storefront.Core.Payments.Ingest;

/// <summary>
/// The one writer of received events (group commit): it takes whatever deliveries have gathered in the
/// <see cref="WebhookIngestQueue"/>, up to <c>Webhooks:MaxBatch</c>, stores them in one transaction, and only then
/// lets each delivery answer — 200 once its batch committed, 500 for every delivery of a batch that did not (Stripe
/// delivers those again). A failed batch never stops it; it waits a little longer after each failure in a row. Stopping,
/// it takes no new deliveries and writes and answers those still queued.
/// </summary>
public sealed class WebhookBatchWriter(
    WebhookIngestQueue queue,
    WebhookInbox inbox,
    IOptions<WebhookOptions> options,
    StoreMetrics metrics,
    TimeProvider time,
    ILogger<WebhookBatchWriter> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                if (await WriteAsync(Take()))
                {
                    failures = 0;
                }
                else
                {
                    await Task.Delay(Backoff.After(++failures, FirstRetry, LongestRetry), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is queued below is still written, so no delivery that was taken goes unanswered.
        }

        queue.Close();
        while (queue.Count > 0)
        {
            await WriteAsync(Take());
        }
    }

    private List<QueuedWebhook> Take()
    {
        var batch = new List<QueuedWebhook>();
        while (batch.Count < options.Value.MaxBatch && queue.Reader.TryRead(out var received))
        {
            batch.Add(received);
        }

        return batch;
    }

    /// <returns>Whether the batch committed.</returns>
    private async Task<bool> WriteAsync(List<QueuedWebhook> batch)
    {
        // Each event id once: a second delivery in the same batch is a duplicate, as it would be in a later one.
        var distinct = batch.DistinctBy(received => received.EventId).ToHashSet();
        try
        {
            // Not cancelled by stopping: a commit under way finishes, so that its deliveries are answered truthfully.
            var stored = await inbox.AppendAsync([.. distinct], CancellationToken.None);
            metrics.WebhookBatchSize.Record(batch.Count);
            foreach (var received in batch)
            {
                received.Complete(distinct.Contains(received) && stored.Contains(received.EventId));
            }

            return true;
        }
        catch (Exception error)
        {
            logger.LogError(error, "Could not store a batch of {Count} Stripe event(s); each is answered 500 and Stripe delivers it again.", batch.Count);
            foreach (var received in batch)
            {
                received.Fail(error);
            }

            return false;
        }
    }
}
