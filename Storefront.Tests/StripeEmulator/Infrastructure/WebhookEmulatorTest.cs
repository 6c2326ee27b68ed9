using Stripe;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>A fresh emulator per test that delivers its webhooks to a recording receiver, signed with <see cref="Secret"/>.</summary>
public abstract class WebhookEmulatorTest : IAsyncLifetime
{
    protected const string Secret = "whsec_webhook_tests";

    protected WebhookReceiver Receiver { get; private set; } = null!;

    protected EmulatorServer Emulator { get; private set; } = null!;

    protected IStripeClient StripeApi { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        Emulator = await EmulatorServer.StartAsync(o =>
            o.WebhookEndpoints.Add(new() { Url = Receiver.Url.ToString(), Secret = Secret }));
        StripeApi = Emulator.NewStripeClient();
    }

    public async Task DisposeAsync()
    {
        await Emulator.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
