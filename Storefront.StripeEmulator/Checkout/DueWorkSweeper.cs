using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Hosting;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// Expires sessions and settles delayed payments when nobody asks, so their webhooks go out on time. The API
/// and the hosted page also catch up on every request, which keeps tests that move the clock deterministic.
/// </summary>
public sealed class DueWorkSweeper(
    CheckoutFlow flow, IOptions<StripeEmulatorOptions> options, ILogger<DueWorkSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                flow.ApplyDue();
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed background service stops the host; when mounted, that host is the whole shop.
                logger.LogError(exception, "The Stripe emulator could not expire sessions or settle payments");
            }
        }
    }
}
