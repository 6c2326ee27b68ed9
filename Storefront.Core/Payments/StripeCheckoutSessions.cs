using System.Text.Json.Nodes;
using Storefront.Core.Orders;
using Stripe.Checkout;

namespace Storefront.Core.Payments;

/// <summary>Reads Stripe.net's Checkout Session (and an event's copy of it) into <see cref="CheckoutSessionView"/>.</summary>
public static class StripeCheckoutSessions
{
    /// <summary>What fulfilment expands: the rate's name and the promotion code's text are otherwise only ids.</summary>
    public static readonly List<string> Expand = ["line_items", "payment_intent", "shipping_cost.shipping_rate", "discounts.promotion_code"];

    /// <param name="olderShipping">
    /// The address an event on an API version before 2025-03-31 carried as <c>shipping_details</c>, used when the
    /// session itself has none in <c>collected_information</c>.
    /// </param>
    public static CheckoutSessionView View(Session session, ShippingAddress? olderShipping = null) => new(
        session.Id,
        session.Metadata?.GetValueOrDefault("order_id") ?? session.ClientReferenceId,
        session.Status,
        session.PaymentStatus,
        session.PaymentIntentId,
        session.PaymentIntent?.Status,
        session.AmountTotal,
        session.Currency,
        session.CustomerDetails?.Email ?? session.CustomerEmail,
        new CheckoutDetails(
            AddressOf(session.CollectedInformation?.ShippingDetails) ?? olderShipping,
            NullIfEmpty(session.CustomerDetails?.Phone),
            session.ShippingCost is null ? null : session.ShippingCost.ShippingRate?.DisplayName ?? "Shipping",
            session.ShippingCost?.AmountSubtotal ?? 0,
            session.TotalDetails?.AmountTax ?? 0,
            session.TotalDetails?.AmountDiscount ?? 0,
            PromotionCodeOf(session)));

    /// <summary>The <c>shipping_details</c> of an event's session on an older API version, which Stripe.net 53 no longer reads.</summary>
    public static ShippingAddress? OlderShippingDetails(string eventPayload)
    {
        var details = JsonNode.Parse(eventPayload)?["data"]?["object"]?["shipping_details"];
        var address = details?["address"];
        return address is null
            ? null
            : Address(Text(details?["name"]), Text(address["line1"]), Text(address["line2"]), Text(address["city"]),
                Text(address["postal_code"]), Text(address["state"]), Text(address["country"]));
    }

    private static ShippingAddress? AddressOf(SessionCollectedInformationShippingDetails? details) =>
        details?.Address is { } address
            ? Address(details.Name, address.Line1, address.Line2, address.City, address.PostalCode, address.State, address.Country)
            : null;

    private static ShippingAddress? Address(
        string? name, string? line1, string? line2, string? city, string? postalCode, string? state, string? country) =>
        string.IsNullOrWhiteSpace(line1) || string.IsNullOrWhiteSpace(country)
            ? null
            : new ShippingAddress(name ?? "", line1, NullIfEmpty(line2), city ?? "", NullIfEmpty(postalCode), NullIfEmpty(state), country.ToUpperInvariant());

    private static string? PromotionCodeOf(Session session) =>
        session.Discounts?.Select(d => d.PromotionCode?.Code ?? d.PromotionCodeId).FirstOrDefault(code => !string.IsNullOrEmpty(code));

    private static string? Text(JsonNode? node) => node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
