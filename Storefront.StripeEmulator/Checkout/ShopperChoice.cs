namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// What a shopper fills in besides payment: address, phone, shipping option, and the billing country that taxes a
/// session without a shipping address. Null means "not given".
/// </summary>
public sealed record ShopperChoice(ShippingDetails? Shipping, string? Phone, string? ShippingRateId, string? BillingCountry);
