using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Production;

public sealed class MetricsTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_store_s_counters_move_with_a_paid_checkout(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var scraper = new HttpClient { BaseAddress = store.BaseUri };
        var before = await PrometheusScrape.ReadAsync(scraper);

        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);

        // The exporter answers a scrape from a short cache, so the counters are read until they show the payment.
        var last = before;
        Dictionary<string, double> after;
        try
        {
            after = await Wait.UntilAsync(async () =>
            {
                last = await PrometheusScrape.ReadAsync(scraper);
                return Moved(before, last, "storefront_orders_paid_total") ? last : null;
            });
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"storefront_orders_paid_total never moved; the last scrape had {string.Join(", ", last.Select(m => $"{m.Key}={m.Value}"))}.");
        }

        Assert.True(Moved(before, after, "storefront_orders_created_total"));
        Assert.True(Moved(before, after, "storefront_webhooks_received_total"));
        Assert.True(Moved(before, after, "storefront_webhooks_applied_total"));
        Assert.True(Moved(before, after, "storefront_webhooks_apply_lag_seconds_count"));
        Assert.True(Moved(before, after, "storefront_webhooks_batch_size_count"));
        Assert.Equal(0, after["storefront_webhooks_queue_length"]);
        Assert.True(Moved(before, after, "storefront_stripe_call_duration_seconds_count"));
    }

    [Fact]
    public async Task Another_machine_may_not_scrape_unless_its_network_is_allowed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database, new Dictionary<string, string?>
        {
            ["Observability:MetricsAllowedNetworks:0"] = "10.20.0.0/16",
        });

        var stranger = await new RemoteRequest("GET", "/metrics", "198.51.100.20").SendAsync(app.Server);
        var allowed = await new RemoteRequest("GET", "/metrics", "10.20.3.4").SendAsync(app.Server);

        Assert.Equal(403, stranger.StatusCode);
        Assert.DoesNotContain("storefront_", stranger.Body);
        Assert.Equal(200, allowed.StatusCode);
    }

    private static bool Moved(Dictionary<string, double> before, Dictionary<string, double> after, string name) =>
        after.GetValueOrDefault(name) > before.GetValueOrDefault(name);
}
