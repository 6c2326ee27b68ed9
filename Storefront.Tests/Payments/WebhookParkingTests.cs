using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Storefront.Core;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Payments;

public sealed class WebhookParkingTests
{
    private static readonly Dictionary<string, string?> ThreeQuickAttempts = new()
    {
        ["Webhooks:MaxAttempts"] = "3",
        ["Webhooks:RetryDelay"] = "00:00:00.020",
    };

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_event_without_data_is_parked_with_its_error_after_its_attempts_and_the_others_apply(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, ThreeQuickAttempts);
        using var client = new HttpClient { BaseAddress = store.BaseUri };
        await PostAsync(client, EventWithoutData("evt_poison"));
        var first = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var second = await store.CheckoutAsync(await store.CartWithAsync(("brass-pen", 1)));

        await store.PayAsync(StoreHarness.SessionIdOf(first));
        await store.PayAsync(StoreHarness.SessionIdOf(second));

        await store.WaitForOrderAsync(first.OrderNumber, o => o.Status == OrderStatus.Paid);
        await store.WaitForOrderAsync(second.OrderNumber, o => o.Status == OrderStatus.Paid);
        var parked = await Wait.UntilAsync(async () =>
        {
            await using var db = store.Database.NewContext();
            return await db.ProcessedWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.EventId == "evt_poison" && e.ParkedAt != null);
        });
        Assert.Equal(3, parked.Attempts);
        Assert.Null(parked.AppliedAt);
        Assert.Null(parked.RetryAt);
        Assert.Contains("has no data member", parked.LastError);

        // A round after parking: the worker applies a new event and leaves the parked one alone.
        await PostAsync(client, SignedEvent.CheckoutSession("evt_after_parking", "checkout.session.completed", StoreHarness.SessionIdOf(first), "complete"));
        await store.WaitForAppliedEventAsync("evt_after_parking");
        await using var check = store.Database.NewContext();
        Assert.Equal(3, (await check.ProcessedWebhookEvents.SingleAsync(e => e.EventId == "evt_poison")).Attempts);
    }

    [Fact]
    public void A_parked_event_applied_again_is_due_now_with_fresh_attempts()
    {
        var now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        var received = new ProcessedWebhookEvent("evt_1", "checkout.session.completed", "{}", now);

        received.RecordFailure("first", now, TimeSpan.FromSeconds(2), maxAttempts: 2);
        Assert.Equal((now.AddSeconds(2), (DateTime?)null), (received.RetryAt, received.ParkedAt));
        received.RecordFailure("second", now, TimeSpan.FromSeconds(4), maxAttempts: 2);
        Assert.Equal(((DateTime?)null, now, "second"), (received.RetryAt, received.ParkedAt, received.LastError));
        Assert.Throws<DomainException>(() => received.RecordFailure("third", now, TimeSpan.FromSeconds(8), maxAttempts: 2));

        received.ApplyAgain(now.AddHours(1));

        Assert.Equal((0, (DateTime?)now.AddHours(1), (DateTime?)null), (received.Attempts, received.RetryAt, received.ParkedAt));
        Assert.Throws<DomainException>(() => received.ApplyAgain(now));
    }

    private static async Task PostAsync(HttpClient client, string payload)
    {
        using var response = await client.PostAsync(
            "/webhooks/stripe", SignedEvent.Content(payload, SignedEvent.Signature(payload, StoreHarness.WebhookSecret, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string EventWithoutData(string eventId) =>
        new JsonObject
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["type"] = "checkout.session.completed",
        }.ToJsonString();
}
