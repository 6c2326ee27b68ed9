using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Payments;

public sealed class StripeRateLimitTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_event_whose_reads_Stripe_answers_429_is_applied_later_without_counting_an_attempt(DatabaseProvider provider)
    {
        // Both tries of one application meet a 429, and one counted failure would park the event for good.
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?>
        {
            ["Checkout:StripeAttempts"] = "2",
            ["Webhooks:MaxAttempts"] = "1",
            ["Webhooks:RetryDelay"] = "00:00:00.200",
        });
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        await store.ControlAsync("rate-limit?reads=2&retry_after=1");

        await store.ControlAsync("webhooks/resume");

        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid, TimeSpan.FromSeconds(30));
        var applied = await store.WaitForAppliedEventAsync(await store.EventIdAsync("checkout.session.completed", sessionId));
        Assert.Equal(1, applied.Attempts);
        Assert.Null(applied.ParkedAt);
        var limit = await store.Emulator.GetFromJsonAsync<JsonObject>("_emulator/rate-limit");
        Assert.Equal(0, limit!["remaining"]!.GetValue<int>());
    }
}
