using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storefront.Core.Data;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies received Stripe events in the background: at once when one arrives, and every few seconds for
/// events that failed (Stripe unreachable) or that another app instance received. A failure waits longer each time.
/// </summary>
public sealed class WebhookInboxWorker(
    WebhookInbox inbox,
    StripeWebhookProcessor processor,
    IDbContextFactory<StoreDbContext> contexts,
    TimeProvider time,
    ILogger<WebhookInboxWorker> logger) : BackgroundService
{
    private const int BatchSize = 64;
    private const int Parallelism = 4;
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await inbox.DueAsync(BatchSize, stoppingToken);
                await Parallel.ForEachAsync(
                    due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken }, ApplyAsync);
                if (due.Count < BatchSize)
                {
                    await inbox.WaitForArrivalAsync(PollEvery, stoppingToken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "The webhook inbox could not be read; trying again shortly.");
                await Task.Delay(FirstRetry, time, stoppingToken);
            }
        }
    }

    private async ValueTask ApplyAsync(string eventId, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await processor.ApplyAsync(eventId, cancellationToken);
            if (outcome is not null)
            {
                logger.LogInformation("Applied Stripe event {EventId}: {Outcome}", eventId, outcome.Description);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Could not apply Stripe event {EventId}; it will be tried again.", eventId);
            await RecordFailureAsync(eventId, error, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(string eventId, Exception error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var received = await db.ProcessedWebhookEvents.FirstAsync(e => e.EventId == eventId, cancellationToken);
        var wait = TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Min(received.Attempts, 16)));
        received.RecordFailure(error.Message, time.GetUtcNow().UtcDateTime + wait);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another worker applied it meanwhile; nothing to record.
        }
    }
}
