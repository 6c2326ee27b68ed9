namespace Storefront.Core.Shipping;

/// <summary>
/// The <c>Shipping</c> section: where the shop delivers, what delivery costs and how parcels are tracked. With no
/// rates the shop sells only what needs no shipping, and Stripe asks no address.
/// </summary>
public sealed class ShippingOptions
{
    public const string Section = "Shipping";

    /// <summary>ISO 3166-1 alpha-2 codes (<c>US</c>, <c>DE</c>) of the countries Stripe's page lets the shopper choose.</summary>
    public List<string> AllowedCountries { get; set; } = [];

    /// <summary>The rates offered at checkout, in this order; the first is the default.</summary>
    public List<ShippingRateOption> Rates { get; set; } = [];

    /// <summary>Carrier name → tracking page, with <c>{tracking}</c> where the tracking number goes.</summary>
    public Dictionary<string, string> Carriers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether the shop can send anything at all: it has rates and somewhere to deliver.</summary>
    public bool Ships => Rates.Count > 0 && AllowedCountries.Count > 0;

    /// <summary>The carrier's tracking page for a parcel, or null for a carrier the settings do not know.</summary>
    public string? TrackingUrl(string? carrier, string? trackingNumber) =>
        carrier is not null && trackingNumber is { Length: > 0 } && Carriers.TryGetValue(carrier, out var template)
            ? template.Replace(TrackingPlaceholder, Uri.EscapeDataString(trackingNumber), StringComparison.Ordinal)
            : null;

    public const string TrackingPlaceholder = "{tracking}";
}
