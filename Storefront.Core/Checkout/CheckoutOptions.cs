using System.ComponentModel.DataAnnotations;

namespace Storefront.Core.Checkout;

/// <summary>The <c>Checkout</c> section: how long a payment may take, how hard to try reaching Stripe, and what Stripe's page asks.</summary>
public sealed class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>
    /// Lifetime of a Checkout Session. Stripe accepts 30 minutes to 24 hours after creation; the minute
    /// above 30 leaves room for the round trip.
    /// </summary>
    [Range(typeof(TimeSpan), "00:31:00", "23:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(31);

    /// <summary>How many times a connection error or a 429 from Stripe is tried, with the same idempotency key.</summary>
    [Range(1, 10)]
    public int StripeAttempts { get; set; } = 4;

    /// <summary>The first wait between tries; each next wait doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan StripeRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>An order still awaiting payment this long after its last change is checked with Stripe.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the reconciliation job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// An order whose payment failed and was not retried within this time is cancelled and its stock released.
    /// Short, because a failed payment costs nothing to produce and would otherwise hold stock for a day.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan AbandonFailedAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most units one cart's open order may hold.</summary>
    [Range(1, 10_000)]
    public int MaxUnitsPerCart { get; set; } = 25;

    /// <summary>The most units the open orders started from one client address may hold together, however many carts it uses.</summary>
    [Range(1, 100_000)]
    public int MaxUnitsPerClient { get; set; } = 50;

    /// <summary>Whether Stripe's page offers a field for a promotion code.</summary>
    public bool AllowPromotionCodes { get; set; }

    /// <summary>Whether Stripe's page asks for a phone number (for the carrier).</summary>
    public bool CollectPhoneNumber { get; set; }
}
