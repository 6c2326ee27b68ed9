using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Refunds;

/// <summary>
/// Refunds a PaymentIntent's charge, in full or in part, never beyond what is left of it; and, as a card network
/// may later, fails a refund, which gives its amount back to the charge.
/// </summary>
public sealed class RefundFlow(EmulatorStore store, EventPublisher events, TimeProvider time)
{
    public static readonly IReadOnlyList<string> FailureReasons =
    [
        "lost_or_stolen_card", "expired_or_canceled_card", "charge_for_pending_refund_disputed", "insufficient_funds",
        "declined", "merchant_request", "unknown",
    ];

    public Refund Create(string paymentIntentId, long? amount, string? reason, IReadOnlyDictionary<string, string> metadata)
    {
        lock (store.Sync)
        {
            if (!store.PaymentIntents.TryGetValue(paymentIntentId, out var intent))
            {
                throw StripeApiException.NoSuch("payment_intent", paymentIntentId, "payment_intent");
            }

            if (intent.LatestChargeId is not { } chargeId || intent.Status != "succeeded")
            {
                throw StripeApiException.Invalid("payment_intent",
                    $"This PaymentIntent ({paymentIntentId}) does not have a successful charge to refund.");
            }

            var charge = store.Charges[chargeId];
            var unrefunded = charge.Amount - charge.AmountRefunded;
            if (unrefunded == 0)
            {
                throw new StripeApiException(400, "invalid_request_error", "charge_already_refunded",
                    $"Charge {charge.Id} has already been refunded.");
            }

            var refundAmount = amount ?? unrefunded;
            if (refundAmount > unrefunded)
            {
                throw new StripeApiException(400, "invalid_request_error", "amount_too_large",
                    $"Refund amount ({refundAmount}) is greater than unrefunded amount on charge ({unrefunded}).", "amount");
            }

            var refund = new Refund(Ids.New("re"), refundAmount, charge.Currency, charge.Id, intent.Id, reason, metadata,
                time.GetUtcNow().ToUnixTimeSeconds());
            store.Refunds[refund.Id] = refund;
            charge.AmountRefunded += refundAmount;
            events.Publish("charge.refunded", ChargeJson.Write(charge));
            return refund;
        }
    }

    /// <summary>Fails a refund that stands, as Stripe reports it: <c>charge.refund.updated</c> with the refund <c>failed</c>.</summary>
    public Refund Fail(string refundId, string? failureReason)
    {
        var reason = failureReason ?? "expired_or_canceled_card";
        if (!FailureReasons.Contains(reason))
        {
            throw StripeApiException.Invalid("failure_reason", $"Invalid failure_reason: must be one of {string.Join(", ", FailureReasons)}");
        }

        lock (store.Sync)
        {
            if (!store.Refunds.TryGetValue(refundId, out var refund))
            {
                throw StripeApiException.NoSuch("refund", refundId);
            }

            if (!refund.Stands)
            {
                throw StripeApiException.Invalid("refund", $"Refund {refund.Id} is already {refund.Status}.");
            }

            var failed = refund with { Status = "failed", FailureReason = reason };
            store.Refunds[refund.Id] = failed;
            store.Charges[refund.ChargeId].AmountRefunded -= refund.Amount;
            events.Publish("charge.refund.updated", RefundJson.Write(failed));
            return failed;
        }
    }
}
