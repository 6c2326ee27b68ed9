using System.Text;
using System.Text.Json.Nodes;
using Stripe;

namespace Storefront.Tests.Infrastructure;

/// <summary>A Stripe event made by the test and signed as Stripe signs deliveries, for cases Stripe would not produce on cue.</summary>
public static class SignedEvent
{
    public static string CheckoutSession(string eventId, string type, string sessionId, string status, string apiVersion = "2026-10-28.endive") =>
        new JsonObject
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = apiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
            ["data"] = new JsonObject
            {
                ["object"] = new JsonObject { ["id"] = sessionId, ["object"] = "checkout.session", ["status"] = status, ["mode"] = "payment" },
            },
        }.ToJsonString();

    /// <summary>A <c>charge.refunded</c> event whose charge says what the test makes it say.</summary>
    public static string ChargeRefunded(string eventId, string chargeId, string? paymentIntentId, long amount, long amountRefunded, string currency) =>
        new JsonObject
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = "2026-10-28.endive",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = "charge.refunded",
            ["data"] = new JsonObject
            {
                ["object"] = new JsonObject
                {
                    ["id"] = chargeId, ["object"] = "charge", ["amount"] = amount, ["amount_refunded"] = amountRefunded,
                    ["currency"] = currency, ["payment_intent"] = paymentIntentId, ["refunded"] = amountRefunded >= amount, ["status"] = "succeeded",
                },
            },
        }.ToJsonString();

    public static StringContent Content(string payload, string signature)
    {
        var content = new StringContent(payload, Encoding.UTF8, "application/json");
        content.Headers.Add("Stripe-Signature", signature);
        return content;
    }

    public static string Signature(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={EventUtility.ComputeSignature(secret, timestamp, payload)}";
    }
}
