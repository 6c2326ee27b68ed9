namespace Storefront.StripeEmulator.Discounts;

/// <summary>A <c>coupon</c>: percent or amount off the line items, never off shipping or tax.</summary>
public sealed class Coupon
{
    public required string Id { get; init; }

    public required long Created { get; init; }

    public decimal? PercentOff { get; init; }

    public long? AmountOff { get; init; }

    /// <summary>Required with <see cref="AmountOff"/>: the currency the amount is in.</summary>
    public string? Currency { get; init; }

    /// <summary><c>once</c>, <c>repeating</c> or <c>forever</c>; a one-off payment is discounted once whatever it says.</summary>
    public required string Duration { get; init; }

    public long? DurationInMonths { get; init; }

    public long? MaxRedemptions { get; init; }

    /// <summary>Unix seconds after which the coupon can no longer be redeemed.</summary>
    public long? RedeemBy { get; init; }

    public string? Name { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public long TimesRedeemed { get; set; }

    public bool IsValid(long now) =>
        (RedeemBy is null || now < RedeemBy) && (MaxRedemptions is null || TimesRedeemed < MaxRedemptions);

    /// <summary>What the coupon takes off <paramref name="subtotal"/> minor units: half away from zero, never more than the subtotal.</summary>
    public long DiscountOn(long subtotal) => PercentOff is { } percent
        ? (long)Math.Round(subtotal * percent / 100m, MidpointRounding.AwayFromZero)
        : Math.Min(AmountOff ?? 0, subtotal);
}
