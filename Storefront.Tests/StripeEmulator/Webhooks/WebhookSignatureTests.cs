using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Webhooks;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Webhooks;

public sealed class WebhookSignatureTests : IAsyncLifetime
{
    private const string Secret = "whsec_signature_tests";
    private const string OlderApiVersion = "2025-03-31.basil";

    private WebhookReceiver _receiver = null!;
    private EmulatorServer _emulator = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _emulator = await EmulatorServer.StartAsync(o =>
            o.WebhookEndpoints.Add(new() { Url = _receiver.Url.ToString(), Secret = Secret }));
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_delivered_event_validates_with_stripe_net_and_carries_the_session()
    {
        var webhook = await CompletedWebhookAsync();

        var stripeEvent = EventUtility.ConstructEvent(webhook.Body, webhook.Signature, Secret);

        Assert.StartsWith("evt_", stripeEvent.Id);
        Assert.Equal(EventTypes.CheckoutSessionCompleted, stripeEvent.Type);
        Assert.Equal(StripeConfiguration.ApiVersion, stripeEvent.ApiVersion);
        Assert.False(stripeEvent.Livemode);
        var session = Assert.IsType<Session>(stripeEvent.Data.Object);
        Assert.Equal("paid", session.PaymentStatus);
        Assert.Equal("ord_42", session.Metadata["order_id"]);
        Assert.Equal("ord_42", session.ClientReferenceId);
        Assert.StartsWith("pi_", session.PaymentIntentId);
    }

    [Fact]
    public async Task A_tampered_body_does_not_validate()
    {
        var webhook = await CompletedWebhookAsync();
        var tampered = webhook.Body.Replace("\"paid\"", "\"unpaid\"", StringComparison.Ordinal);

        Assert.NotEqual(webhook.Body, tampered);
        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(tampered, webhook.Signature, Secret));
    }

    [Fact]
    public async Task A_wrong_secret_does_not_validate()
    {
        var webhook = await CompletedWebhookAsync();

        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(webhook.Body, webhook.Signature, "whsec_other"));
    }

    [Fact]
    public void The_signature_is_hmac_sha256_of_timestamp_dot_payload_as_stripe_computes_it()
    {
        const string payload = "{\"id\":\"evt_1\"}";

        var header = WebhookSignature.Header(Secret, 1_700_000_000, payload);

        Assert.Equal($"t=1700000000,v1={EventUtility.ComputeSignature(Secret, "1700000000", payload)}", header);
    }

    [Fact]
    public async Task Events_can_carry_an_older_api_version_than_stripe_net()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await EmulatorServer.StartAsync(o =>
        {
            o.ApiVersion = OlderApiVersion;
            o.WebhookEndpoints.Add(new() { Url = receiver.Url.ToString(), Secret = Secret });
        });
        var session = await CheckoutSamples.CreateAsync(emulator.NewStripeClient());
        (await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard)).Dispose();
        var webhook = (await receiver.WaitForEventAsync("checkout.session.completed", session.Id))[^1];

        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(webhook.Body, webhook.Signature, Secret));
        var parsed = EventUtility.ConstructEvent(webhook.Body, webhook.Signature, Secret, throwOnApiVersionMismatch: false);
        Assert.Equal(OlderApiVersion, parsed.ApiVersion);
    }

    private async Task<ReceivedWebhook> CompletedWebhookAsync()
    {
        var session = await CheckoutSamples.CreateAsync(_emulator.NewStripeClient());
        (await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard)).Dispose();
        var received = await _receiver.WaitForEventAsync("checkout.session.completed", session.Id);
        return received.Last(r => r.Type == "checkout.session.completed" && r.ObjectId == session.Id);
    }
}
