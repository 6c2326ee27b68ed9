using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Payments;

public sealed class WebhookSignatureRefusalTests
{
    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var name in new[] { "missing", "malformed", "wrong secret", "stale", "tampered body" })
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_event_that_cannot_be_verified_is_a_400_and_changes_nothing(DatabaseProvider provider, string problem)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        var payload = SignedEvent.CheckoutSession("evt_forged", "checkout.session.completed", sessionId, "complete");
        var now = DateTimeOffset.UtcNow;
        var signature = problem switch
        {
            "missing" => null,
            "malformed" => "not-a-signature",
            "wrong secret" => SignedEvent.Signature(payload, "whsec_someone_else", now),
            "stale" => SignedEvent.Signature(payload, StoreHarness.WebhookSecret, now.AddSeconds(-301)),
            _ => SignedEvent.Signature(payload, StoreHarness.WebhookSecret, now),
        };
        var body = problem == "tampered body" ? payload.Replace("evt_forged", "evt_forgee", StringComparison.Ordinal) : payload;

        using var client = new HttpClient { BaseAddress = store.BaseUri };
        using var content = signature is null ? new StringContent(body) : SignedEvent.Content(body, signature);
        var response = await client.PostAsync("/webhooks/stripe", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem == "missing" ? "Stripe-Signature header is missing" : "could not be verified", await response.Content.ReadAsStringAsync());
        Assert.Equal(OrderStatus.AwaitingPayment, (await store.OrderAsync(started.OrderNumber)).Status);
        await using var db = store.Database.NewContext();
        Assert.False(await db.ProcessedWebhookEvents.AnyAsync());
    }
}
