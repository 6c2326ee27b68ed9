namespace Storefront.Core.Payments;

public enum StripeMode
{
    /// <summary>The in-process Stripe emulator: no Stripe account, no network. Never in Production.</summary>
    Emulator,

    /// <summary>Stripe itself, with the configured keys (test or live).</summary>
    Live,
}
