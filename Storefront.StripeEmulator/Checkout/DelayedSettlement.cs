namespace Storefront.StripeEmulator.Checkout;

/// <summary>A bank debit that completed the session unpaid and settles at <paramref name="At"/> (unix seconds).</summary>
public sealed record DelayedSettlement(long At, bool Succeeds);
