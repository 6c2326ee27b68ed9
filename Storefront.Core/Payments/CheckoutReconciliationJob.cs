using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Core.Checkout;
using Storefront.Core.Jobs;

namespace Storefront.Core.Payments;

/// <summary>
/// Runs <see cref="CheckoutReconciler"/> every <c>Checkout:ReconcileEvery</c>, whatever the last run met. Every app
/// instance ticks, and the one that wins the period's <see cref="JobLease"/> runs the pass, so the instances together
/// reconcile once per period; if that instance dies, the next tick of another one takes the next period.
/// </summary>
public sealed class CheckoutReconciliationJob(
    CheckoutReconciler reconciler, JobLeases leases, IOptions<CheckoutOptions> options, TimeProvider time,
    ILogger<CheckoutReconciliationJob> logger)
    : BackgroundService
{
    public const string JobName = "checkout-reconciliation";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = options.Value.ReconcileEvery;
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await leases.TryStartAsync(JobName, period, stoppingToken) is { } startedAt)
                {
                    logger.LogInformation("Checkout reconciliation starts at {StartedAt:O} on instance {Instance}.", startedAt, leases.Instance);
                    await reconciler.ReconcileAsync(stoppingToken);
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Only the app stopping ends the job: a timeout or a lost database waits for the next run.
                logger.LogError(error, "Checkout reconciliation failed; it runs again in {Interval}.", period);
            }
        }
    }
}
