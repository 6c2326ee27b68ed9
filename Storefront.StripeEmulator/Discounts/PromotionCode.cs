namespace Storefront.StripeEmulator.Discounts;

/// <summary>A <c>promotion_code</c>: a code a shopper types that applies one coupon, with its own expiry and limit.</summary>
public sealed class PromotionCode
{
    public required string Id { get; init; }

    public required long Created { get; init; }

    public required string Code { get; init; }

    public required Coupon Coupon { get; init; }

    public bool Active { get; set; } = true;

    /// <summary>Unix seconds from which the code no longer applies.</summary>
    public long? ExpiresAt { get; init; }

    public long? MaxRedemptions { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>();

    public long TimesRedeemed { get; set; }
}
