using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Hosting;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// How a session moves: paid, declined, completed unpaid and settled later, or expired; each step raises the
/// events Stripe raises, in Stripe's order. The hosted page, the API and the control API all go through here.
/// </summary>
public sealed class CheckoutFlow(
    EmulatorStore store, EventPublisher events, TimeProvider time, IOptions<StripeEmulatorOptions> options)
{
    private long Now => time.GetUtcNow().ToUnixTimeSeconds();

    public CheckoutSession Find(string id)
    {
        lock (store.Sync)
        {
            return store.Sessions.TryGetValue(id, out var session)
                ? session
                : throw StripeApiException.NoSuch("checkout.session", id);
        }
    }

    /// <summary>Pays an open session. Returns the error the shopper sees, or null once the session is complete.</summary>
    public PaymentError? Pay(string sessionId, PaymentAttempt attempt)
    {
        lock (store.Sync)
        {
            var session = Find(sessionId);
            if (!session.IsOpen)
            {
                return new PaymentError("invalid_request_error", "checkout_session_not_open", null,
                    "This checkout session is no longer open.");
            }

            if (CheckoutReadiness.Problem(session, attempt, Now) is { } problem)
            {
                return problem;
            }

            var intent = IntentFor(session, attempt);
            intent.ReceiptEmail = attempt.Email;
            if (attempt.IsBankDebit)
            {
                var settles = TestPaymentMethods.IbanSettles(attempt.Iban!);
                if (settles is null)
                {
                    return new PaymentError("invalid_request_error", "invalid_bank_account_iban", null,
                        "Use a test IBAN: DE89370400440532013000 settles, DE62370400440532013001 fails.");
                }

                intent.Status = "processing";
                Complete(session, attempt.Email, "unpaid");
                var settlesAfter = (long)options.Value.DelayedPaymentSettlesAfter.TotalSeconds;
                session.PendingSettlement = new DelayedSettlement(Now + settlesAfter, settles.Value);
                return null;
            }

            if (TestPaymentMethods.CardOutcome(attempt.CardNumber ?? "") is { } error)
            {
                intent.LastPaymentError = error;
                events.Publish("payment_intent.payment_failed", PaymentIntentJson.Write(intent));
                return error;
            }

            Succeed(intent, attempt.Email);
            Complete(session, attempt.Email, "paid");
            return null;
        }
    }

    public CheckoutSession Expire(string sessionId)
    {
        lock (store.Sync)
        {
            var session = Find(sessionId);
            if (!session.IsOpen)
            {
                throw StripeApiException.Invalid(
                    "session", $"Only Checkout Sessions with a status in [\"open\"] can be expired, and this one is {session.Status}.",
                    "checkout_session_not_open");
            }

            session.Status = "expired";
            events.Publish("checkout.session.expired", CheckoutSessionJson.Write(session, store));
            return session;
        }
    }

    /// <summary>Expires sessions past <c>expires_at</c> and settles delayed payments that are due.</summary>
    public void ApplyDue()
    {
        lock (store.Sync)
        {
            var now = Now;
            var unsettled = store.Unsettled.Select(id => store.Sessions[id]).ToList();
            foreach (var session in unsettled.Where(s => s.IsOpen && s.ExpiresAt <= now))
            {
                Expire(session.Id);
            }

            foreach (var session in unsettled.Where(s => s.PendingSettlement?.At <= now))
            {
                Settle(session.Id);
            }

            store.Unsettled.RemoveWhere(id => store.Sessions[id] is { IsOpen: false, PendingSettlement: null });
        }
    }

    /// <summary>Settles a delayed payment now, whatever its due time.</summary>
    public CheckoutSession Settle(string sessionId)
    {
        lock (store.Sync)
        {
            var session = Find(sessionId);
            if (session.PendingSettlement is not { } settlement)
            {
                throw StripeApiException.Invalid("session", $"{sessionId} has no delayed payment waiting to settle.");
            }

            session.PendingSettlement = null;
            var intent = store.PaymentIntents[session.PaymentIntentId!];
            if (settlement.Succeeds)
            {
                Succeed(intent, session.PaidByEmail);
                session.PaymentStatus = "paid";
                events.Publish("checkout.session.async_payment_succeeded", CheckoutSessionJson.Write(session, store));
            }
            else
            {
                intent.Status = "requires_payment_method";
                intent.LastPaymentError = new PaymentError(
                    "invalid_request_error", "payment_method_provider_decline", null, "The bank debit failed.");
                events.Publish("payment_intent.payment_failed", PaymentIntentJson.Write(intent));
                events.Publish("checkout.session.async_payment_failed", CheckoutSessionJson.Write(session, store));
            }

            return session;
        }
    }

    private PaymentIntent IntentFor(CheckoutSession session, PaymentAttempt attempt)
    {
        var type = attempt.IsBankDebit ? "sepa_debit" : "card";
        if (session.PaymentIntentId is { } existing)
        {
            var found = store.PaymentIntents[existing];
            found.PaymentMethodType = type;
            found.Amount = session.AmountTotal;
            found.PaymentMethodId = Ids.New("pm");
            return found;
        }

        // Since 2022-08-01 Checkout creates the PaymentIntent only when the shopper first tries to pay.
        var intent = new PaymentIntent
        {
            Id = Ids.New("pi"),
            Created = Now,
            Amount = session.AmountTotal,
            Currency = session.Currency,
            Metadata = session.PaymentIntentMetadata,
            PaymentMethodType = type,
            PaymentMethodId = Ids.New("pm"),
        };
        store.PaymentIntents[intent.Id] = intent;
        session.PaymentIntentId = intent.Id;
        return intent;
    }

    private void Succeed(PaymentIntent intent, string? email)
    {
        var charge = new Charge
        {
            Id = Ids.New("ch"),
            PaymentIntentId = intent.Id,
            Created = Now,
            Amount = intent.Amount,
            Currency = intent.Currency,
            PaymentMethodId = intent.PaymentMethodId!,
            PaymentMethodType = intent.PaymentMethodType,
            BillingEmail = email,
        };
        store.Charges[charge.Id] = charge;
        intent.Status = "succeeded";
        intent.LastPaymentError = null;
        intent.LatestChargeId = charge.Id;
        events.Publish("payment_intent.succeeded", PaymentIntentJson.Write(intent));
    }

    private void Complete(CheckoutSession session, string email, string paymentStatus)
    {
        session.Status = "complete";
        session.PaymentStatus = paymentStatus;
        session.PaidByEmail = email;
        session.Discount?.Redeem();
        events.Publish("checkout.session.completed", CheckoutSessionJson.Write(session, store));
    }
}
