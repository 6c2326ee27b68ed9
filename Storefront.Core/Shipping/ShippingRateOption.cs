namespace Storefront.Core.Shipping;

/// <summary>One entry of <c>Shipping:Rates</c>: a delivery choice on Stripe's page.</summary>
public sealed class ShippingRateOption
{
    /// <summary>A short key of the merchant's, kept stable so the settings can be told apart in logs and tests.</summary>
    public string Id { get; set; } = "";

    /// <summary>What the shopper sees, e.g. "Standard" or "Express".</summary>
    public string Name { get; set; } = "";

    /// <summary>The price in minor units of the store currency.</summary>
    public long Amount { get; set; }

    /// <summary>Fewest and most business days to arrive; either may be left out.</summary>
    public int? MinDays { get; set; }

    public int? MaxDays { get; set; }

    /// <summary>A cart subtotal (minor units) from which this rate is free; none when null.</summary>
    public long? FreeOver { get; set; }

    /// <summary>The amount charged for a cart of <paramref name="subtotal"/>.</summary>
    public long AmountFor(long subtotal) => FreeOver is { } threshold && subtotal >= threshold ? 0 : Amount;
}
