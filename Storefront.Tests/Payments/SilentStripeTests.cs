using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Payments;

/// <summary>Stripe accepts the connection and never answers: the store answers for itself and keeps running.</summary>
public sealed partial class SilentStripeTests : IDisposable
{
    private readonly SilentStripe _stripe = new();

    private Dictionary<string, string?> Settings => new()
    {
        ["Stripe:ApiBase"] = _stripe.ApiBase,
        ["Stripe:RequestTimeout"] = "00:00:01",
        ["Webhooks:RetryDelay"] = "00:00:00.050",
    };

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_webhook_that_cannot_be_applied_is_recorded_as_failed_and_the_store_keeps_serving(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, Settings);
        using var client = new HttpClient { BaseAddress = store.BaseUri };

        await PostEventAsync(client, SignedEvent.CheckoutSession("evt_silent", "checkout.session.completed", "cs_test_silent", "complete"));

        var failed = await Wait.UntilAsync(async () =>
        {
            await using var db = store.Database.NewContext();
            return await db.ProcessedWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.EventId == "evt_silent" && e.LastError != null);
        });
        Assert.Null(failed.AppliedAt);
        Assert.True(failed.Attempts >= 1);
        await PostEventAsync(client, CustomerEvent("evt_after_silence"));
        var later = await store.WaitForAppliedEventAsync("evt_after_silence");
        Assert.Contains("need nothing from the store", later.Outcome);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.True(_stripe.Connections >= 1);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Reconciling_an_order_fails_for_that_order_and_the_job_keeps_running(DatabaseProvider provider)
    {
        var settings = Settings;
        settings["Checkout:ReconcileAfter"] = "00:00:00";
        settings["Checkout:ReconcileEvery"] = "00:00:01";
        await using var store = await StoreHarness.StartAsync(provider, settings);
        var order = (await WaitingOrders.AddAsync(store.Database, DateTime.UtcNow, "cs_test_silent_order")).Single();

        // Checked twice: the job met Stripe's silence on its first run and ran again.
        var checkedTwice = await Wait.UntilAsync(async () =>
        {
            var current = await store.OrderAsync(order.Number);
            return current.ReconcileChecks >= 2 ? current : null;
        }, TimeSpan.FromSeconds(30));

        Assert.Equal(OrderStatus.AwaitingPayment, checkedTwice.Status);
        Assert.NotNull(checkedTwice.ReconcileAt);
        using var client = new HttpClient { BaseAddress = store.BaseUri };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_checkout_returns_to_the_cart_with_try_again_shortly(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, Settings);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };

        // Far below what four tries at HttpClient's own 100 s would take, so a missing timeout fails the test.
        using var client = new HttpClient(handler) { BaseAddress = store.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        var productPage = await client.GetStringAsync("/products/enamel-mug");
        var added = await client.AddToCartAsync(ProductId().Match(productPage).Groups[1].Value, 1);
        added.EnsureSuccessStatusCode();
        var cart = await client.GetStringAsync("/cart");

        var checkout = await client.PostAsync("/checkout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(cart).Groups[1].Value,
        }));

        Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        Assert.Equal("/cart", checkout.RequestMessage!.RequestUri!.AbsolutePath);
        var page = WebUtility.HtmlDecode(await checkout.Content.ReadAsStringAsync());
        Assert.Contains("Payments are not reachable right now", page);
        Assert.Contains("Enamel Camp Mug", page);
        Assert.True(_stripe.Connections >= 1);
    }

    public void Dispose() => _stripe.Dispose();

    private static async Task PostEventAsync(HttpClient client, string payload)
    {
        using var response = await client.PostAsync(
            "/webhooks/stripe", SignedEvent.Content(payload, SignedEvent.Signature(payload, StoreHarness.WebhookSecret, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>An event the store has nothing to do for, so it applies without asking Stripe.</summary>
    private static string CustomerEvent(string eventId) =>
        new JsonObject
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["type"] = "customer.created",
            ["data"] = new JsonObject { ["object"] = new JsonObject { ["id"] = "cus_test_1", ["object"] = "customer" } },
        }.ToJsonString();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"ProductId\" value=\"(\\d+)\"")]
    private static partial Regex ProductId();
}
