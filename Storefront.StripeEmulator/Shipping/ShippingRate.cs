namespace Storefront.StripeEmulator.Shipping;

/// <summary>A <c>shipping_rate</c> of type <c>fixed_amount</c>, made through the API or inline by <c>shipping_rate_data</c>.</summary>
public sealed class ShippingRate
{
    public required string Id { get; init; }

    public required long Created { get; init; }

    public required string DisplayName { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public DeliveryEstimateBound? Minimum { get; init; }

    public DeliveryEstimateBound? Maximum { get; init; }

    public required string TaxBehavior { get; init; }

    public string? TaxCode { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>();

    /// <summary>An archived rate can no longer be offered, but sessions that already offer it keep it.</summary>
    public bool Active { get; set; } = true;
}
