using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Checkout;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Webhooks;

public sealed class WebhookDeliveryTests : WebhookEmulatorTest
{
    [Fact]
    public async Task A_failing_endpoint_is_retried_until_it_answers_2xx_and_every_attempt_is_recorded()
    {
        Receiver.FailNext(2);
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        await new SessionService(StripeApi).ExpireAsync(session.Id);

        var received = await Receiver.WaitForEventAsync("checkout.session.expired", session.Id);
        var eventId = received.First(r => r.ObjectId == session.Id).EventId;
        // The receiver sees the last attempt before the emulator has its answer, so wait for the record too.
        var attempts = await Wait.UntilAsync(async () =>
        {
            var recorded = await Emulator.ControlGetAsync($"/_emulator/webhooks/attempts?event={eventId}");
            return recorded.Count == 3 ? recorded : null;
        });

        Assert.Equal([500, 500, 200], received.Where(r => r.EventId == eventId).Select(r => r.AnsweredStatus));
        Assert.Equal([1, 2, 3], attempts.Select(a => (int)a!["attempt"]!));
        Assert.Equal([500, 500, 200], attempts.Select(a => (int)a!["status_code"]!));
        Assert.Equal([false, false, true], attempts.Select(a => (bool)a!["succeeded"]!));
    }

    [Fact]
    public async Task An_endpoint_that_does_not_answer_in_time_is_retried()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await EmulatorServer.StartAsync(o =>
        {
            o.WebhookTimeout = TimeSpan.FromMilliseconds(300);
            o.WebhookEndpoints.Add(new() { Url = receiver.Url.ToString(), Secret = Secret });
        });
        receiver.HangNext(1);
        var session = await CheckoutSamples.CreateAsync(emulator.NewStripeClient());
        await new SessionService(emulator.NewStripeClient()).ExpireAsync(session.Id);

        await receiver.WaitForEventAsync("checkout.session.expired", session.Id);
        var attempts = await Wait.UntilAsync(async () =>
        {
            var all = await emulator.ControlGetAsync("/_emulator/webhooks/attempts");
            return all.Count == 2 ? all : null;
        });

        Assert.StartsWith("Timed out", (string)attempts[0]!["error"]!);
        Assert.True((bool)attempts[1]!["succeeded"]!);
    }

    [Fact]
    public async Task Delivery_gives_up_after_the_configured_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await EmulatorServer.StartAsync(o =>
        {
            o.WebhookMaxAttempts = 3;
            o.WebhookEndpoints.Add(new() { Url = receiver.Url.ToString(), Secret = Secret });
        });
        receiver.FailNext(10);
        var session = await CheckoutSamples.CreateAsync(emulator.NewStripeClient());
        await new SessionService(emulator.NewStripeClient()).ExpireAsync(session.Id);

        await receiver.WaitForAsync(all => all.Count == 3);
        var redelivered = await emulator.ControlPostAsync($"/_emulator/events/{receiver.Received[0].EventId}/deliver");

        Assert.All(receiver.Received.Take(3), r => Assert.Equal(500, r.AnsweredStatus));
        Assert.Equal(4, receiver.Received.Count);
        Assert.Equal("manual", (string)redelivered[0]!["trigger"]!);
    }

    [Fact]
    public async Task An_event_can_be_delivered_twice_at_once()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        await new SessionService(StripeApi).ExpireAsync(session.Id);
        var first = await Receiver.WaitForEventAsync("checkout.session.expired", session.Id);
        var eventId = first.Single(r => r.ObjectId == session.Id).EventId;

        var attempts = await Emulator.ControlPostAsync($"/_emulator/events/{eventId}/deliver?count=2&concurrent=true");
        var all = await Receiver.WaitForAsync(r => r.Count(w => w.EventId == eventId) == 3);

        Assert.Equal(2, attempts.AsArray().Count);
        Assert.All(attempts.AsArray(), a => Assert.True((bool)a!["succeeded"]!));
        Assert.Single(all.Where(w => w.EventId == eventId).Select(w => w.Body).Distinct());
    }

    [Fact]
    public async Task Held_deliveries_are_released_in_the_chosen_order()
    {
        await Emulator.ControlPostAsync("/_emulator/webhooks/hold");
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard)).Dispose();
        var held = (await Emulator.ControlGetAsync("/_emulator/webhooks/held")).Select(Describe).ToList();
        Assert.Equal(["payment_intent.succeeded", "checkout.session.completed"], held.Select(h => h.Type));

        await Emulator.ControlPostAsync($"/_emulator/webhooks/release?event={held[1].Id}&event={held[0].Id}");
        var received = await Receiver.WaitForAsync(r => r.Count == 2);
        await Emulator.ControlPostAsync("/_emulator/webhooks/resume");

        Assert.Equal(["checkout.session.completed", "payment_intent.succeeded"], received.Select(r => r.Type));
        Assert.Empty(await Emulator.ControlGetAsync("/_emulator/webhooks/held"));
    }

    [Fact]
    public async Task The_control_api_expires_a_session_now()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);

        var expired = await Emulator.ControlPostAsync($"/_emulator/checkout/sessions/{session.Id}/expire");

        Assert.Equal("expired", (string)expired["status"]!);
        await Receiver.WaitForEventAsync("checkout.session.expired", session.Id);
    }

    private static (string Id, string Type) Describe(JsonNode? held) =>
        ((string)held!["event_id"]!, (string)held["event_type"]!);
}
