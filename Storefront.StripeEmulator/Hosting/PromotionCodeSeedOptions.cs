namespace Storefront.StripeEmulator.Hosting;

/// <summary>A promotion code (and its coupon) the emulator starts with: exactly one of percent or amount off.</summary>
public sealed class PromotionCodeSeedOptions
{
    public decimal? PercentOff { get; set; }

    /// <summary>Minor units of <see cref="Currency"/>.</summary>
    public long? AmountOff { get; set; }

    public string? Currency { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public long? MaxRedemptions { get; set; }
}
