using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Discounts;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Hosting;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.Refunds;
using Storefront.StripeEmulator.Shipping;

namespace Storefront.StripeEmulator.State;

/// <summary>
/// Everything the emulator knows, in memory. One lock guards it all: requests are few and short, and a single
/// lock makes every state change and the event it raises one atomic step.
/// </summary>
public sealed class EmulatorStore
{
    private readonly TimeProvider _time;

    public EmulatorStore(IOptions<StripeEmulatorOptions> options, TimeProvider time)
    {
        _time = time;
        PromotionCodeSeeds.Seed(this, options.Value, Now);
    }

    /// <summary>Unix seconds on the emulator's clock, for what an object says about itself now (a coupon's <c>valid</c>).</summary>
    public long Now => _time.GetUtcNow().ToUnixTimeSeconds();

    public Lock Sync { get; } = new();

    public Dictionary<string, CheckoutSession> Sessions { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The sessions the clock can still move (open ones, and completed ones whose delayed payment has not settled), so
    /// that the sweep on every request looks at those and not at every session ever created. A session leaves it at the
    /// first sweep that finds it settled.
    /// </summary>
    public HashSet<string> Unsettled { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PaymentIntent> PaymentIntents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Charge> Charges { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Refund> Refunds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ShippingRate> ShippingRates { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Coupon> Coupons { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PromotionCode> PromotionCodes { get; } = new(StringComparer.Ordinal);

    public List<StripeEvent> Events { get; } = [];

    public void AddSession(CheckoutSession session)
    {
        Sessions[session.Id] = session;
        Unsettled.Add(session.Id);
    }
}
