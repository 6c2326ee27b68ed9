using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Hosting;

namespace Storefront.StripeEmulator.Webhooks;

/// <summary>
/// Delivers events to every configured endpoint, one at a time in the order they happened, and retries a failed
/// delivery with exponential backoff without holding up the others. While held, deliveries wait for the
/// control API to release them.
/// </summary>
public sealed class WebhookDispatcher(
    WebhookSender sender, IOptions<StripeEmulatorOptions> options, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>();
    private readonly Lock _sync = new();
    private readonly List<WebhookDelivery> _held = [];
    private bool _holding;

    public void Enqueue(StripeEvent stripeEvent)
    {
        foreach (var endpoint in options.Value.WebhookEndpoints)
        {
            Schedule(new WebhookDelivery(stripeEvent, endpoint, 1));
        }
    }

    public void Hold()
    {
        lock (_sync)
        {
            _holding = true;
        }
    }

    public IReadOnlyList<WebhookDelivery> Held()
    {
        lock (_sync)
        {
            return _held.ToList();
        }
    }

    /// <summary>Sends the held deliveries of these events, in this order; the rest stay held.</summary>
    public IReadOnlyList<WebhookDelivery> Release(IEnumerable<string> eventIds)
    {
        lock (_sync)
        {
            var released = new List<WebhookDelivery>();
            foreach (var eventId in eventIds)
            {
                released.AddRange(_held.Where(d => d.Event.Id == eventId));
                _held.RemoveAll(d => d.Event.Id == eventId);
            }

            released.ForEach(d => _queue.Writer.TryWrite(d));
            return released;
        }
    }

    /// <summary>Stops holding and sends whatever is still held, in the order it happened.</summary>
    public IReadOnlyList<WebhookDelivery> Resume()
    {
        lock (_sync)
        {
            _holding = false;
            var released = _held.ToList();
            _held.Clear();
            released.ForEach(d => _queue.Writer.TryWrite(d));
            return released;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var attempt = await sender.SendAsync(
                    delivery.Event, delivery.Endpoint, delivery.Attempt, "automatic", stoppingToken);
                if (!attempt.Succeeded)
                {
                    _ = RetryLaterAsync(delivery, attempt, stoppingToken);
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Mounted in the store, this dispatcher failing would stop the whole shop; one delivery is not worth that.
                logger.LogError(error, "Could not deliver {EventId} to {Url}; it is dropped.", delivery.Event.Id, delivery.Endpoint.Url);
            }
        }
    }

    private void Schedule(WebhookDelivery delivery)
    {
        lock (_sync)
        {
            if (_holding)
            {
                _held.Add(delivery);
                return;
            }
        }

        _queue.Writer.TryWrite(delivery);
    }

    private async Task RetryLaterAsync(WebhookDelivery delivery, DeliveryAttempt failed, CancellationToken stoppingToken)
    {
        if (delivery.Attempt >= options.Value.WebhookMaxAttempts)
        {
            logger.LogWarning(
                "Gave up delivering {EventId} ({EventType}) to {Url} after {Attempts} attempts; last: {Status} {Error}",
                delivery.Event.Id, delivery.Event.Type, failed.Url, delivery.Attempt, failed.StatusCode, failed.Error);
            return;
        }

        // Backoff runs on the wall clock, not the emulator's TimeProvider: a test that freezes Stripe's clock
        // must still see its retries arrive.
        var delay = options.Value.WebhookRetryDelay * Math.Pow(2, delivery.Attempt - 1);
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Schedule(delivery with { Attempt = delivery.Attempt + 1 });
    }
}
