using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Hosting;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// Expires sessions and settles delayed payments when nobody asks, so their webhooks go out on time. The API
/// and the hosted page also catch up on every request, which keeps tests that move the clock deterministic.
/// </summary>
public sealed class DueWorkSweeper(CheckoutFlow flow, IOptions<StripeEmulatorOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            flow.ApplyDue();
        }
    }
}
