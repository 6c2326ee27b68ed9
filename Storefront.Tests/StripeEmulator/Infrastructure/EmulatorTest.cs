using Stripe;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>A test class whose every test gets a fresh emulator and a Stripe.net client pointed at it.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    protected EmulatorServer Emulator { get; private set; } = null!;

    protected IStripeClient StripeApi { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await EmulatorServer.StartAsync();
        StripeApi = Emulator.NewStripeClient();
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
