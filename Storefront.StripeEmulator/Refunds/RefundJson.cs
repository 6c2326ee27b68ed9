using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;

namespace Storefront.StripeEmulator.Refunds;

public static class RefundJson
{
    public static JsonObject Write(Refund refund) => new()
    {
        ["id"] = refund.Id,
        ["object"] = "refund",
        ["amount"] = refund.Amount,
        ["balance_transaction"] = null,
        ["charge"] = refund.ChargeId,
        ["created"] = refund.Created,
        ["currency"] = refund.Currency,
        ["destination_details"] = null,
        ["failure_reason"] = refund.FailureReason,
        ["metadata"] = StripeJson.Metadata(refund.Metadata),
        ["payment_intent"] = refund.PaymentIntentId,
        ["reason"] = refund.Reason,
        ["receipt_number"] = null,
        ["source_transfer_reversal"] = null,
        ["status"] = refund.Status,
        ["transfer_reversal"] = null,
    };
}
