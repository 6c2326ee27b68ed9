namespace Storefront.Core.Orders;

/// <summary>Where an order goes, as the shopper entered it on Stripe's page.</summary>
public sealed record ShippingAddress(
    string Name, string Line1, string? Line2, string City, string? PostalCode, string? State, string Country)
{
    /// <summary>The address as lines for a label: name, street, town with postcode, country.</summary>
    public IReadOnlyList<string> Lines =>
        new[]
        {
            Name,
            Line1,
            Line2,
            string.Join(" ", new[] { PostalCode, City, State }.Where(part => !string.IsNullOrWhiteSpace(part))),
            Country,
        }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!).ToList();
}
