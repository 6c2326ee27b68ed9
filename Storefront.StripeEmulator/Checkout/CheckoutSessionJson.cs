using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>A session as Stripe returns it (<c>object: checkout.session</c>), every field Stripe.net reads.</summary>
public static class CheckoutSessionJson
{
    public static JsonObject Write(CheckoutSession session, EmulatorStore store, IReadOnlySet<string>? expand = null)
    {
        expand ??= new HashSet<string>();
        JsonNode? paymentIntent = session.PaymentIntentId;
        if (expand.Contains("payment_intent") && session.PaymentIntentId is { } piId)
        {
            paymentIntent = PaymentIntentJson.Write(store.PaymentIntents[piId]);
        }

        var json = new JsonObject
        {
            ["id"] = session.Id,
            ["object"] = "checkout.session",
            ["after_expiration"] = null,
            ["allow_promotion_codes"] = null,
            ["amount_subtotal"] = session.AmountTotal,
            ["amount_total"] = session.AmountTotal,
            ["automatic_tax"] = new JsonObject { ["enabled"] = false, ["liability"] = null, ["status"] = null },
            ["billing_address_collection"] = null,
            ["cancel_url"] = session.CancelUrl,
            ["client_reference_id"] = session.ClientReferenceId,
            ["client_secret"] = null,
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
            ["customer_details"] = CustomerDetails(session),
            ["customer_email"] = session.CustomerEmail,
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
            ["payment_method_types"] = StripeJson.Strings("card", "sepa_debit"),
            ["payment_status"] = session.PaymentStatus,
            ["phone_number_collection"] = new JsonObject { ["enabled"] = false },
            ["recovered_from"] = null,
            ["setup_intent"] = null,
            ["shipping_address_collection"] = null,
            ["shipping_cost"] = null,
            ["shipping_options"] = new JsonArray(),
            ["status"] = session.Status,
            ["submit_type"] = null,
            ["subscription"] = null,
            ["success_url"] = session.SuccessUrl,
            ["total_details"] = new JsonObject { ["amount_discount"] = 0, ["amount_shipping"] = 0, ["amount_tax"] = 0 },
            ["ui_mode"] = "hosted",
            ["url"] = session.IsOpen ? session.Url : null,
        };
        if (expand.Contains("line_items"))
        {
            json["line_items"] = LineItems(session);
        }

        return json;
    }

    public static JsonObject LineItems(CheckoutSession session) =>
        StripeJson.List($"/v1/checkout/sessions/{session.Id}/line_items", session.LineItems.Select(LineItem));

    private static JsonObject LineItem(CheckoutLineItem item) => new()
    {
        ["id"] = item.Id,
        ["object"] = "item",
        ["amount_discount"] = 0,
        ["amount_subtotal"] = item.AmountTotal,
        ["amount_tax"] = 0,
        ["amount_total"] = item.AmountTotal,
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

    private static JsonObject? CustomerDetails(CheckoutSession session) => session.PaidByEmail is null
        ? null
        : new JsonObject
        {
            ["address"] = null,
            ["email"] = session.PaidByEmail,
            ["name"] = null,
            ["phone"] = null,
            ["tax_exempt"] = "none",
            ["tax_ids"] = new JsonArray(),
        };
}
