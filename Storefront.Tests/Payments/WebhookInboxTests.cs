using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Web.Payments;

namespace Storefront.Tests.Payments;

public sealed class WebhookInboxTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_event_that_cannot_be_applied_yet_is_answered_at_once_and_applied_when_Stripe_is_back(DatabaseProvider provider)
    {
        // More failures than one application's retries, so the inbox itself has to come back to the event.
        var flaky = FlakyStripeHandler.UnreachableForSessionReads(times: 5);
        await using var store = await StoreHarness.StartAsync(provider, services: s =>
            s.AddHttpClient(StoreStripeClient.HttpClientName).AddHttpMessageHandler(() => flaky));
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);

        await store.PayAsync(sessionId);

        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        var eventId = await store.EventIdAsync("checkout.session.completed", sessionId);
        var received = await store.WaitForAppliedEventAsync(eventId);
        Assert.True(received.Attempts >= 2, $"applied after {received.Attempts} attempt(s)");
        Assert.Null(received.LastError);
        var deliveries = await store.ControlGetAsync($"webhooks/attempts?event={eventId}");
        Assert.Equal(200, Assert.Single(deliveries)!["status_code"]!.GetValue<int>());
        await using var db = store.Database.NewContext();
        Assert.Equal(1, await db.Payments.CountAsync());
    }
}
