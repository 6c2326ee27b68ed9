using Microsoft.Extensions.Primitives;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Refunds;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Control;

/// <summary>
/// Like <c>stripe trigger</c>: makes a sample session and walks it through the steps that raise an event, so the
/// event and the ones Stripe sends around it happen for real, with consistent objects.
/// </summary>
public sealed class EventTrigger(EmulatorStore store, CheckoutFlow flow, RefundFlow refunds, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Supported =
    [
        "checkout.session.completed", "checkout.session.expired", "checkout.session.async_payment_succeeded",
        "checkout.session.async_payment_failed", "payment_intent.succeeded", "payment_intent.payment_failed",
        "charge.refunded", "charge.refund.updated",
    ];

    /// <summary>Returns every event the walk raised, the triggered one among them.</summary>
    public IReadOnlyList<StripeEvent> Trigger(string type, string emulatorBaseUrl)
    {
        if (!Supported.Contains(type))
        {
            throw StripeApiException.Invalid("type", $"Cannot trigger '{type}'. Supported: {string.Join(", ", Supported)}.");
        }

        lock (store.Sync)
        {
            var before = store.Events.Count;
            var session = SampleSession(emulatorBaseUrl);
            const string email = "trigger@example.com";
            switch (type)
            {
                case "checkout.session.expired":
                    flow.Expire(session.Id);
                    break;
                case "payment_intent.payment_failed":
                    flow.Pay(session.Id, new PaymentAttempt(email, TestPaymentMethods.DeclinedCard, null));
                    break;
                case "checkout.session.async_payment_succeeded" or "checkout.session.async_payment_failed":
                    var iban = type.EndsWith("succeeded", StringComparison.Ordinal)
                        ? TestPaymentMethods.SettlingIban
                        : TestPaymentMethods.FailingIban;
                    flow.Pay(session.Id, new PaymentAttempt(email, null, iban));
                    flow.Settle(session.Id);
                    break;
                default:
                    flow.Pay(session.Id, new PaymentAttempt(email, TestPaymentMethods.SucceedingCard, null));
                    if (type.StartsWith("charge.refund", StringComparison.Ordinal))
                    {
                        var refund = refunds.Create(session.PaymentIntentId!, null, "requested_by_customer", new Dictionary<string, string>());
                        if (type == "charge.refund.updated")
                        {
                            refunds.Fail(refund.Id, null);
                        }
                    }

                    break;
            }

            return store.Events.Skip(before).ToList();
        }
    }

    private CheckoutSession SampleSession(string emulatorBaseUrl)
    {
        var form = new FormParameters(new Dictionary<string, StringValues>
        {
            ["mode"] = "payment",
            ["line_items[0][price_data][currency]"] = "usd",
            ["line_items[0][price_data][unit_amount]"] = "2000",
            ["line_items[0][price_data][product_data][name]"] = "Triggered sample",
            ["line_items[0][quantity]"] = "1",
            ["success_url"] = "https://example.com/success?session_id={CHECKOUT_SESSION_ID}",
            ["cancel_url"] = "https://example.com/cancel",
        });
        var session = CreateSessionParameters.Read(form, time.GetUtcNow().ToUnixTimeSeconds(), emulatorBaseUrl, store);
        store.AddSession(session);
        return session;
    }
}
