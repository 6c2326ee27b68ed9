using System.Globalization;
using System.Text.RegularExpressions;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Production;

public sealed partial class MetricsTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_store_s_counters_move_with_a_paid_checkout(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var scraper = new HttpClient { BaseAddress = store.BaseUri };
        var before = await ScrapeAsync(scraper);

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
                last = await ScrapeAsync(scraper);
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

    private static async Task<Dictionary<string, double>> ScrapeAsync(HttpClient client)
    {
        var text = await client.GetStringAsync("/metrics");
        var values = new Dictionary<string, double>();
        foreach (Match sample in Sample().Matches(text))
        {
            var name = sample.Groups["name"].Value;
            values[name] = values.GetValueOrDefault(name) + double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static bool Moved(Dictionary<string, double> before, Dictionary<string, double> after, string name) =>
        after.GetValueOrDefault(name) > before.GetValueOrDefault(name);

    [GeneratedRegex(@"^(?<name>storefront_[a-z_]+)(\{[^}]*\})? (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
