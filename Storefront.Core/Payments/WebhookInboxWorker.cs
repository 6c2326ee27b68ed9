using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Observability;
using Storefront.Core.Retries;
using Stripe;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies received Stripe events in the background: at once when one arrives, and every few seconds for
/// events that failed (Stripe unreachable) or that another app instance received. A failure waits longer each
/// time; after <c>Webhooks:MaxAttempts</c> failures the event is parked with its error. A 429 from Stripe is no failure
/// of the event: it waits as Stripe's Retry-After asks, and the attempt is not counted. Nothing but the app
/// stopping ends the loop. Every instance runs one; each round claims and reads a batch of due events in one go, so one
/// instance works on each. Their Stripe reads run <c>Webhooks:ApplyParallelism</c> at a time, and they are applied
/// <c>Webhooks:ApplyBatch</c> to a transaction; a batch that fails is applied again an event at a time.
/// Stopping cancels the events in flight (their transactions roll back) and gives their claims back.
/// </summary>
public sealed class WebhookInboxWorker(
    WebhookInbox inbox,
    StripeWebhookProcessor processor,
    IDbContextFactory<StoreDbContext> contexts,
    IOptions<WebhookOptions> options,
    StoreMetrics metrics,
    TimeProvider time,
    ILogger<WebhookInboxWorker> logger) : BackgroundService
{
    // Enough claimed per round to keep every parallel slot busy past the slowest event, few enough that claims stay fresh.
    private const int ClaimsPerSlot = 8;
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ReleaseWithin = TimeSpan.FromSeconds(5);
    private readonly Guid _owner = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ApplyUntilStoppedAsync(stoppingToken);
        }
        finally
        {
            await ReleaseClaimsAsync();
        }
    }

    private async Task ApplyUntilStoppedAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var parallelism = options.Value.ApplyParallelism;
                var batch = parallelism * ClaimsPerSlot;
                var (claimed, due) = await inbox.ClaimDueAsync(batch, _owner, stoppingToken);
                await ApplyRoundAsync(claimed, parallelism, stoppingToken);
                failures = 0;
                if (due < batch)
                {
                    await inbox.WaitForArrivalAsync(PollEvery, stoppingToken);
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Anything but the app stopping, a timeout included, is the database or Stripe having a bad moment.
                var wait = Backoff.After(++failures, options.Value.RetryDelay, PollEvery);
                logger.LogError(error, "The webhook inbox could not be read; trying again in {Wait}.", wait);
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    // The round's Stripe reads run side by side; then its events are applied a batch per transaction, wave after wave,
    // and a batch that fails is applied again one event at a time, so that only the event at fault records a failure.
    private async Task ApplyRoundAsync(List<ProcessedWebhookEvent> claimed, int parallelism, CancellationToken stoppingToken)
    {
        var prepared = new PreparedWebhookEvent?[claimed.Count];
        var inParallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stoppingToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, claimed.Count), inParallel, async (i, _) => prepared[i] = await PrepareAsync(claimed[i], stoppingToken));
        foreach (var wave in PreparedWebhookEvent.InWaves(prepared.OfType<PreparedWebhookEvent>(), options.Value.ApplyBatch))
        {
            await Parallel.ForEachAsync(wave, inParallel, async (events, _) =>
            {
                if (!await ApplyAsync(events, stoppingToken) && events.Length > 1)
                {
                    foreach (var one in events)
                    {
                        await ApplyAsync([one], stoppingToken);
                    }
                }
            });
        }
    }

    private async Task<PreparedWebhookEvent?> PrepareAsync(ProcessedWebhookEvent received, CancellationToken stoppingToken)
    {
        try
        {
            return await processor.PrepareAsync(received, stoppingToken);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            await RecordFailureAsync(received.EventId, error, stoppingToken);
            return null;
        }
    }

    // False when the batch failed; a single event's failure is recorded against it.
    private async Task<bool> ApplyAsync(PreparedWebhookEvent[] events, CancellationToken stoppingToken)
    {
        try
        {
            foreach (var (eventId, outcome) in await processor.ApplyTogetherAsync(events, stoppingToken))
            {
                logger.LogInformation("Applied Stripe event {EventId}: {Outcome}", eventId, outcome.Description);
            }

            return true;
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            if (events.Length == 1)
            {
                await RecordFailureAsync(events[0].EventId, error, stoppingToken);
            }
            else
            {
                logger.LogWarning(error, "A batch of {Count} Stripe events could not be applied together; applying them one at a time.", events.Length);
            }

            return false;
        }
    }

    /// <summary>
    /// Gives back this worker's unfinished claims once the loop has stopped. It runs here rather than in
    /// <c>StopAsync</c>, which a host may call more than once (a test host does), so it runs once and every
    /// <c>StopAsync</c> waits for it. If it fails or takes longer than <see cref="ReleaseWithin"/>, the claims run
    /// out by themselves.
    /// </summary>
    private async Task ReleaseClaimsAsync()
    {
        try
        {
            using var giveUp = new CancellationTokenSource(ReleaseWithin);
            var released = await inbox.ReleaseAsync(_owner, giveUp.Token);
            if (released > 0)
            {
                logger.LogInformation("Stopping: gave back {Count} Stripe event(s) for another instance to apply.", released);
            }
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Stopping: could not give back claimed Stripe events; their claims run out after {Lease}.",
                options.Value.ClaimLease);
        }
    }

    private async Task RecordFailureAsync(string eventId, Exception error, CancellationToken stoppingToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(stoppingToken);
            var received = await db.ProcessedWebhookEvents.FirstAsync(e => e.EventId == eventId, stoppingToken);
            if (received.IsApplied || received.IsParked)
            {
                return;
            }

            var settings = options.Value;
            var now = time.GetUtcNow().UtcDateTime;
            if (error is StripeException { HttpStatusCode: HttpStatusCode.TooManyRequests })
            {
                var later = StripeRetry.RetryAfter(error) is { } asked && asked > settings.RetryDelay ? asked : settings.RetryDelay;
                received.Defer($"Stripe is limiting the store's requests: {error.Message}", now + later);
                await db.SaveChangesAsync(stoppingToken);
                logger.LogWarning("Stripe answered 429 while applying event {EventId}; trying again in {Wait}, not counted as an attempt.", eventId, later);
                return;
            }

            var wait = Backoff.After(received.Attempts + 1, settings.RetryDelay, LongestRetry);
            received.RecordFailure(Described(error), now, wait, settings.MaxAttempts);
            await db.SaveChangesAsync(stoppingToken);
            metrics.WebhooksFailed.Add(1);
            if (received.IsParked)
            {
                metrics.WebhooksParked.Add(1);
                logger.LogError(error, "Stripe event {EventId} ({Type}) failed {Attempts} times and is parked; it is not tried again until applied again.",
                    eventId, received.Type, received.Attempts);
            }
            else
            {
                logger.LogWarning(error, "Could not apply Stripe event {EventId}; trying again in {Wait}.", eventId, wait);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another worker applied or recorded it meanwhile; its record stands.
        }
        catch (Exception recording) when (!stoppingToken.IsCancellationRequested)
        {
            // The event stays due and is tried again on a later round; the others in this round go on.
            logger.LogError(recording, "Could not record the failure of Stripe event {EventId} ({Error}).", eventId, error.Message);
        }
    }

    // What the webhook log shows staff: a database error's own words are in its inner exception ("See the inner exception").
    private static string Described(Exception error) =>
        error.GetBaseException() is var cause && cause != error ? $"{error.Message} {cause.Message}" : error.Message;
}
