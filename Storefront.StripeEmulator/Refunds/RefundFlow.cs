using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Refunds;

/// <summary>Refunds a PaymentIntent's charge, in full or in part, never beyond what is left of it.</summary>
public sealed class RefundFlow(EmulatorStore store, EventPublisher events, TimeProvider time)
{
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
}
