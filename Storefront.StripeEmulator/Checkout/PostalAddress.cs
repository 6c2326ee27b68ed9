namespace Storefront.StripeEmulator.Checkout;

/// <summary>Stripe's <c>address</c>: <c>country</c> is an ISO 3166-1 alpha-2 code.</summary>
public sealed record PostalAddress(
    string Line1, string? Line2, string City, string PostalCode, string? State, string Country);
