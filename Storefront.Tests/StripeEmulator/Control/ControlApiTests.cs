using System.Net;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Control;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Control;

public sealed class ControlApiTests : IAsyncLifetime
{
    private const string Secret = "whsec_control_tests";

    private WebhookReceiver _receiver = null!;
    private EmulatorServer _emulator = null!;

    public static TheoryData<string> Triggerable => new(EventTrigger.Supported);

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

    [Theory]
    [MemberData(nameof(Triggerable))]
    public async Task A_triggered_event_is_raised_and_delivered_signed(string type)
    {
        var raised = await _emulator.ControlPostAsync($"/_emulator/trigger/{type}");
        var triggered = raised.AsArray().Single(e => (string)e!["type"]! == type);

        var received = await _receiver.WaitForEventAsync(type, (string)triggered!["object_id"]!);

        var webhook = received.Single(r => r.EventId == (string)triggered["id"]!);
        Assert.Equal(type, EventUtility.ConstructEvent(webhook.Body, webhook.Signature, Secret).Type);
    }

    [Fact]
    public async Task An_unknown_trigger_is_refused_with_the_supported_list()
    {
        using var response = await _emulator.Http.PostAsync("/_emulator/trigger/customer.created", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("checkout.session.completed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_pending_bank_debit_can_be_settled_now()
    {
        var stripe = _emulator.NewStripeClient();
        var session = await CheckoutSamples.CreateAsync(stripe);
        (await CheckoutSamples.PayByBankDebitAsync(session, TestPaymentMethods.SettlingIban)).Dispose();

        var settled = await _emulator.ControlPostAsync($"/_emulator/checkout/sessions/{session.Id}/settle");

        Assert.Equal("paid", (string)settled["payment_status"]!);
        Assert.Equal("paid", (await new SessionService(stripe).GetAsync(session.Id)).PaymentStatus);
        await _receiver.WaitForEventAsync("checkout.session.async_payment_succeeded", session.Id);
    }

    [Fact]
    public async Task Redelivering_an_unknown_event_is_resource_missing()
    {
        using var response = await _emulator.Http.PostAsync("/_emulator/events/evt_nope/deliver", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("resource_missing", await response.Content.ReadAsStringAsync());
    }
}
