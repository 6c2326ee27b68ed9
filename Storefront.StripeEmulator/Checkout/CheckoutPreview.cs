using Storefront.StripeEmulator.Shipping;
using Storefront.StripeEmulator.Tax;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>The amounts a session would have with what the page currently selects, before the shopper pays.</summary>
public sealed record CheckoutPreview(SessionTotals Totals, ShippingRate? ShippingRate, TaxLocation? TaxLocation);
