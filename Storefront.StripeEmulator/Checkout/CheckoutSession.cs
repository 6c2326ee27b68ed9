using Storefront.StripeEmulator.Discounts;
using Storefront.StripeEmulator.Shipping;
using Storefront.StripeEmulator.Tax;

namespace Storefront.StripeEmulator.Checkout;

public sealed class CheckoutSession
{
    public required string Id { get; init; }

    public required long Created { get; init; }

    public required long ExpiresAt { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<CheckoutLineItem> LineItems { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public required IReadOnlyDictionary<string, string> PaymentIntentMetadata { get; init; }

    public string? ClientReferenceId { get; init; }

    public string? CustomerEmail { get; init; }

    public required string SuccessUrl { get; init; }

    public string? CancelUrl { get; init; }

    public required string Url { get; init; }

    /// <summary><c>payment_method_types</c>: what the shopper may pay with (card and sepa_debit unless narrowed).</summary>
    public required IReadOnlyList<string> PaymentMethodTypes { get; init; }

    public IReadOnlyList<string>? AllowedPaymentMethodTypes { get; init; }

    public IReadOnlyList<string>? ExcludedPaymentMethodTypes { get; init; }

    /// <summary><c>shipping_address_collection[allowed_countries]</c>; null when no address is collected.</summary>
    public IReadOnlyList<string>? AllowedCountries { get; init; }

    /// <summary>The rates offered, as they were when the session was made: archiving a rate later changes no session.</summary>
    public IReadOnlyList<ShippingRate> ShippingOptions { get; init; } = [];

    public bool AutomaticTax { get; init; }

    public bool? AllowPromotionCodes { get; init; }

    public bool PhoneNumberCollection { get; init; }

    /// <summary>The shipping option in force: the first until the shopper picks another.</summary>
    public ShippingRate? ShippingRate { get; set; }

    /// <summary>From <c>discounts</c> at creation, or the promotion code the shopper applied.</summary>
    public AppliedDiscount? Discount { get; set; }

    /// <summary>Known once the shopper gave an address, and only when <c>automatic_tax</c> is enabled.</summary>
    public TaxLocation? TaxLocation { get; set; }

    public ShippingDetails? ShippingDetails { get; set; }

    public string? Phone { get; set; }

    /// <summary><c>open</c>, <c>complete</c> or <c>expired</c>.</summary>
    public string Status { get; set; } = "open";

    /// <summary><c>unpaid</c> or <c>paid</c>.</summary>
    public string PaymentStatus { get; set; } = "unpaid";

    public string? PaymentIntentId { get; set; }

    /// <summary>The email the shopper typed on the hosted page.</summary>
    public string? PaidByEmail { get; set; }

    /// <summary>When a delayed payment settles (unix seconds), and whether it then succeeds.</summary>
    public DelayedSettlement? PendingSettlement { get; set; }

    public SessionTotals Totals => SessionTotals.Compute(this, ShippingRate, TaxLocation);

    public long AmountTotal => Totals.Total;

    public bool IsOpen => Status == "open";
}
