using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Storefront.Core.Notifications;

/// <summary>
/// Sends queued emails in the background, never in a request: at once when this instance queues one, and every
/// few seconds for retries and for messages another app instance queued.
/// </summary>
public sealed class OutboxWorker(OutboxSender sender, OutboxSignal signal, TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
                await signal.WaitAsync(PollEvery, stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Only the app stopping ends the worker: a timeout is the database having a bad moment.
                logger.LogError(error, "The email outbox could not be read; trying again shortly.");
                await Task.Delay(PollEvery, time, stoppingToken);
            }
        }
    }
}
