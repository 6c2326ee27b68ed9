using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>A session as Stripe returns it (<c>object: checkout.session</c>), every field Stripe.net reads.</summary>
public static class CheckoutSessionJson
{
    public static readonly string[] Expandable =
    [
        "line_items", "payment_intent", "discounts.coupon", "discounts.promotion_code", "shipping_cost.shipping_rate",
        "shipping_options.shipping_rate", "total_details.breakdown",
    ];

    public static JsonObject Write(CheckoutSession session, EmulatorStore store, IReadOnlySet<string>? expand = null)
    {
        expand ??= new HashSet<string>();
        JsonNode? paymentIntent = session.PaymentIntentId;
        if (expand.Contains("payment_intent") && session.PaymentIntentId is { } piId)
        {
            paymentIntent = PaymentIntentJson.Write(store.PaymentIntents[piId]);
        }

        var totals = session.Totals;
        var json = new JsonObject
        {
            ["id"] = session.Id,
            ["object"] = "checkout.session",
            ["after_expiration"] = null,
            ["allow_promotion_codes"] = session.AllowPromotionCodes,
            ["allowed_payment_method_types"] = Strings(session.AllowedPaymentMethodTypes),
            ["amount_subtotal"] = totals.Subtotal,
            ["amount_total"] = totals.Total,
            ["automatic_tax"] = new JsonObject
            {
                ["enabled"] = session.AutomaticTax,
                ["liability"] = session.AutomaticTax ? new JsonObject { ["type"] = "self" } : null,
                ["provider"] = session.AutomaticTax ? "stripe" : null,
                ["status"] = !session.AutomaticTax ? null : session.TaxLocation is null ? "requires_location_inputs" : "complete",
            },
            ["billing_address_collection"] = null,
            ["cancel_url"] = session.CancelUrl,
            ["client_reference_id"] = session.ClientReferenceId,
            ["client_secret"] = null,
            ["collected_information"] = CheckoutSessionCustomerJson.CollectedInformation(session),
            ["consent"] = null,
            ["consent_collection"] = null,
            ["created"] = session.Created,
            ["currency"] = session.Currency,
            ["custom_fields"] = new JsonArray(),
            ["custom_text"] = new JsonObject
            {
                ["after_submit"] = null, ["shipping_address"] = null, ["submit"] = null, ["terms_of_service_acceptance"] = null,
            },
            ["customer"] = null,
            ["customer_creation"] = "if_required",
            ["customer_details"] = CheckoutSessionCustomerJson.CustomerDetails(session),
            ["customer_email"] = session.CustomerEmail,
            ["discounts"] = CheckoutSessionAmountsJson.Discounts(session, store, expand),
            ["excluded_payment_method_types"] = Strings(session.ExcludedPaymentMethodTypes),
            ["expires_at"] = session.ExpiresAt,
            ["invoice"] = null,
            ["livemode"] = false,
            ["locale"] = null,
            ["metadata"] = StripeJson.Metadata(session.Metadata),
            ["mode"] = "payment",
            ["payment_intent"] = paymentIntent,
            ["payment_link"] = null,
            ["payment_method_collection"] = "if_required",
            ["payment_method_options"] = new JsonObject(),
            ["payment_method_types"] = StripeJson.Strings([.. session.PaymentMethodTypes]),
            ["payment_status"] = session.PaymentStatus,
            ["phone_number_collection"] = new JsonObject { ["enabled"] = session.PhoneNumberCollection },
            ["recovered_from"] = null,
            ["setup_intent"] = null,
            ["shipping_address_collection"] = session.AllowedCountries is { } countries
                ? new JsonObject { ["allowed_countries"] = StripeJson.Strings([.. countries]) }
                : null,
            ["shipping_cost"] = CheckoutSessionAmountsJson.ShippingCost(session, totals, expand),
            ["shipping_options"] = CheckoutSessionAmountsJson.ShippingOptions(session, expand),
            ["status"] = session.Status,
            ["submit_type"] = null,
            ["subscription"] = null,
            ["success_url"] = session.SuccessUrl,
            ["total_details"] = CheckoutSessionAmountsJson.TotalDetails(session, totals, store, expand),
            ["ui_mode"] = "hosted",
            ["url"] = session.IsOpen ? session.Url : null,
        };
        if (expand.Contains("line_items"))
        {
            json["line_items"] = LineItems(session);
        }

        return json;
    }

    private static JsonArray? Strings(IReadOnlyList<string>? values) => values is null ? null : StripeJson.Strings([.. values]);

    public static JsonObject LineItems(CheckoutSession session)
    {
        var amounts = session.Totals.Lines;
        return StripeJson.List($"/v1/checkout/sessions/{session.Id}/line_items",
            session.LineItems.Select((item, i) => LineItem(item, amounts[i])));
    }

    private static JsonObject LineItem(CheckoutLineItem item, LineAmounts amounts) => new()
    {
        ["id"] = item.Id,
        ["object"] = "item",
        ["amount_discount"] = amounts.Discount,
        ["amount_subtotal"] = amounts.Subtotal,
        ["amount_tax"] = amounts.Tax,
        ["amount_total"] = amounts.Total,
        ["currency"] = item.Currency,
        ["description"] = item.Name,
        ["price"] = new JsonObject
        {
            ["id"] = item.PriceId,
            ["object"] = "price",
            ["active"] = false,
            ["billing_scheme"] = "per_unit",
            ["created"] = item.Created,
            ["currency"] = item.Currency,
            ["custom_unit_amount"] = null,
            ["livemode"] = false,
            ["lookup_key"] = null,
            ["metadata"] = new JsonObject(),
            ["nickname"] = null,
            ["product"] = item.ProductId,
            ["recurring"] = null,
            ["tax_behavior"] = "unspecified",
            ["tiers_mode"] = null,
            ["transform_quantity"] = null,
            ["type"] = "one_time",
            ["unit_amount"] = item.UnitAmount,
            ["unit_amount_decimal"] = item.UnitAmount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        ["quantity"] = item.Quantity,
    };
}
