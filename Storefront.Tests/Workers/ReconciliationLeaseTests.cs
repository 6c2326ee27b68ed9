using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.Core.Data;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Workers;

public sealed class ReconciliationLeaseTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Three_instances_on_one_database_reconcile_once_per_period(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var starts = new ReconciliationStarts();
        var settings = new Dictionary<string, string?> { ["Checkout:ReconcileEvery"] = Period.ToString() };
        var instances = new List<StorefrontFactory>();
        try
        {
            // One after the other: the first one migrates and seeds the database the others then share.
            for (var i = 0; i < 3; i++)
            {
                var instance = new StorefrontFactory(database, settings, s => s
                    .AddSingleton<ILoggerProvider>(starts)
                    .AddLogging(logging => logging.AddFilter(typeof(CheckoutReconciliationJob).FullName, LogLevel.Information)));
                instances.Add(instance);
                _ = instance.Server;
            }

            var startsBefore = starts.Starts.Count;
            await Wait.UntilAsync(() => Task.FromResult(starts.Starts.Count >= startsBefore + 4 ? starts : null), TimeSpan.FromSeconds(60));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }

        var ordered = starts.Starts.OrderBy(start => start).ToList();

        // Each run moves the job a period ahead, and no instance starts it before then; the database keeps microseconds.
        var gaps = ordered.Zip(ordered.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= Period - TimeSpan.FromMilliseconds(1), $"two runs {gap} apart: {string.Join(", ", gaps)}"));
    }
}
