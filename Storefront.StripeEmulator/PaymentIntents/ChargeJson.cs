using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Refunds;

namespace Storefront.StripeEmulator.PaymentIntents;

public static class ChargeJson
{
    /// <summary>The charge, with its refunds (newest first) when the caller expanded them: Stripe includes them only then.</summary>
    public static JsonObject Write(Charge charge, IEnumerable<Refund>? refunds = null)
    {
        var json = Fields(charge);
        if (refunds is not null)
        {
            json["refunds"] = StripeJson.List($"/v1/charges/{charge.Id}/refunds", refunds.Select(RefundJson.Write));
        }

        return json;
    }

    private static JsonObject Fields(Charge charge) => new()
    {
        ["id"] = charge.Id,
        ["object"] = "charge",
        ["amount"] = charge.Amount,
        ["amount_captured"] = charge.Amount,
        ["amount_refunded"] = charge.AmountRefunded,
        ["balance_transaction"] = null,
        ["billing_details"] = new JsonObject
        {
            ["address"] = null, ["email"] = charge.BillingEmail, ["name"] = null, ["phone"] = null,
        },
        ["captured"] = true,
        ["created"] = charge.Created,
        ["currency"] = charge.Currency,
        ["customer"] = null,
        ["description"] = null,
        ["disputed"] = false,
        ["failure_code"] = null,
        ["failure_message"] = null,
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["outcome"] = new JsonObject
        {
            ["network_status"] = "approved_by_network",
            ["reason"] = null,
            ["risk_level"] = "normal",
            ["seller_message"] = "Payment complete.",
            ["type"] = "authorized",
        },
        ["paid"] = true,
        ["payment_intent"] = charge.PaymentIntentId,
        ["payment_method"] = charge.PaymentMethodId,
        ["payment_method_details"] = new JsonObject { ["type"] = charge.PaymentMethodType },
        ["receipt_email"] = charge.BillingEmail,
        ["refunded"] = charge.Refunded,
        ["status"] = "succeeded",
    };
}
