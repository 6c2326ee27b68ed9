using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;

namespace Storefront.StripeEmulator.PaymentIntents;

public static class PaymentIntentJson
{
    public static JsonObject Write(PaymentIntent intent) => new()
    {
        ["id"] = intent.Id,
        ["object"] = "payment_intent",
        ["amount"] = intent.Amount,
        ["amount_capturable"] = 0,
        ["amount_received"] = intent.Status == "succeeded" ? intent.Amount : 0,
        ["application"] = null,
        ["application_fee_amount"] = null,
        ["canceled_at"] = null,
        ["cancellation_reason"] = null,
        ["capture_method"] = "automatic_async",
        ["client_secret"] = intent.ClientSecret,
        ["confirmation_method"] = "automatic",
        ["created"] = intent.Created,
        ["currency"] = intent.Currency,
        ["customer"] = null,
        ["description"] = null,
        ["last_payment_error"] = LastPaymentError(intent),
        ["latest_charge"] = intent.LatestChargeId,
        ["livemode"] = false,
        ["metadata"] = StripeJson.Metadata(intent.Metadata),
        ["next_action"] = null,
        ["on_behalf_of"] = null,
        ["payment_method"] = intent.PaymentMethodId,
        ["payment_method_types"] = StripeJson.Strings(intent.PaymentMethodType),
        ["receipt_email"] = intent.ReceiptEmail,
        ["setup_future_usage"] = null,
        ["shipping"] = null,
        ["statement_descriptor"] = null,
        ["statement_descriptor_suffix"] = null,
        ["status"] = intent.Status,
        ["transfer_data"] = null,
        ["transfer_group"] = null,
    };

    private static JsonObject? LastPaymentError(PaymentIntent intent) => intent.LastPaymentError is not { } error
        ? null
        : new JsonObject
        {
            ["type"] = error.Type,
            ["code"] = error.Code,
            ["decline_code"] = error.DeclineCode,
            ["message"] = error.Message,
            ["payment_method"] = intent.PaymentMethodId is null ? null : new JsonObject
            {
                ["id"] = intent.PaymentMethodId,
                ["object"] = "payment_method",
                ["type"] = intent.PaymentMethodType,
            },
        };
}
