using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Core.Checkout;

namespace Storefront.Core.Payments;

/// <summary>Runs <see cref="CheckoutReconciler"/> every <c>Checkout:ReconcileEvery</c>, whatever the last run met.</summary>
public sealed class CheckoutReconciliationJob(
    CheckoutReconciler reconciler, IOptions<CheckoutOptions> options, TimeProvider time, ILogger<CheckoutReconciliationJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await reconciler.ReconcileAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Only the app stopping ends the job: a timeout or a lost database waits for the next run.
                logger.LogError(error, "Checkout reconciliation failed; it runs again in {Interval}.", options.Value.ReconcileEvery);
            }
        }
    }
}
