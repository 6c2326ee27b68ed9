using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.Refunds;

namespace Storefront.StripeEmulator.State;

/// <summary>
/// Everything the emulator knows, in memory. One lock guards it all: requests are few and short, and a single
/// lock makes every state change and the event it raises one atomic step.
/// </summary>
public sealed class EmulatorStore
{
    public Lock Sync { get; } = new();

    public Dictionary<string, CheckoutSession> Sessions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PaymentIntent> PaymentIntents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Charge> Charges { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Refund> Refunds { get; } = new(StringComparer.Ordinal);

    public List<StripeEvent> Events { get; } = [];
}
