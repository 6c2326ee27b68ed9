namespace Storefront.StripeEmulator.Checkout;

/// <summary>Who and where to ship to, as <c>collected_information.shipping_details</c> has it.</summary>
public sealed record ShippingDetails(string Name, PostalAddress Address);
