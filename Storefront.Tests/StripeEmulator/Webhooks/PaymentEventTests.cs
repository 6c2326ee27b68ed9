using Storefront.StripeEmulator.Checkout;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Webhooks;

/// <summary>The events each payment step raises, as the store's webhook endpoint receives them.</summary>
public sealed class PaymentEventTests : WebhookEmulatorTest
{
    [Fact]
    public async Task A_successful_payment_sends_payment_intent_succeeded_then_checkout_session_completed()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard)).Dispose();

        var received = await Receiver.WaitForEventAsync("checkout.session.completed", session.Id);
        var paid = await new SessionService(StripeApi).GetAsync(session.Id);

        Assert.Equal(
            ["payment_intent.succeeded", "checkout.session.completed"],
            received.Where(r => r.ObjectId == session.Id || r.ObjectId == paid.PaymentIntentId).Select(r => r.Type));
    }

    [Fact]
    public async Task A_declined_card_sends_payment_intent_payment_failed()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayAsync(session, TestPaymentMethods.DeclinedCard)).Dispose();
        var intentId = (await new SessionService(StripeApi).GetAsync(session.Id)).PaymentIntentId;

        var received = await Receiver.WaitForEventAsync("payment_intent.payment_failed", intentId);

        var failed = EventUtility.ConstructEvent(received.Last(r => r.ObjectId == intentId).Body,
            received.Last(r => r.ObjectId == intentId).Signature, Secret);
        Assert.Equal("card_declined", Assert.IsType<PaymentIntent>(failed.Data.Object).LastPaymentError.Code);
    }

    [Fact]
    public async Task A_refund_sends_charge_refunded()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard)).Dispose();
        var paid = await new SessionService(StripeApi).GetAsync(session.Id);
        var refund = await new RefundService(StripeApi).CreateAsync(
            new RefundCreateOptions { PaymentIntent = paid.PaymentIntentId, Amount = 500 });

        var received = await Receiver.WaitForEventAsync("charge.refunded", refund.ChargeId);

        var charge = Assert.IsType<Charge>(EventUtility.ConstructEvent(
            received[^1].Body, received[^1].Signature, Secret).Data.Object);
        Assert.Equal(500, charge.AmountRefunded);
        Assert.False(charge.Refunded);
    }

    [Fact]
    public async Task A_session_left_past_expires_at_sends_checkout_session_expired()
    {
        var options = CheckoutSamples.Options();
        options.ExpiresAt = Emulator.Time.GetUtcNow().AddMinutes(45).UtcDateTime;
        var session = await CheckoutSamples.CreateAsync(StripeApi, options);

        Emulator.Time.Advance(TimeSpan.FromMinutes(46));

        await Receiver.WaitForEventAsync("checkout.session.expired", session.Id);
    }

    [Theory]
    [InlineData(TestPaymentMethods.SettlingIban, "checkout.session.async_payment_succeeded", "paid")]
    [InlineData(TestPaymentMethods.FailingIban, "checkout.session.async_payment_failed", "unpaid")]
    public async Task A_bank_debit_completes_unpaid_and_settles_later(string iban, string settledEvent, string finalStatus)
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayByBankDebitAsync(session, iban)).Dispose();
        await Receiver.WaitForEventAsync("checkout.session.completed", session.Id);
        var completed = await new SessionService(StripeApi).GetAsync(session.Id);

        Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await Receiver.WaitForEventAsync(settledEvent, session.Id);
        var settled = await new SessionService(StripeApi).GetAsync(session.Id);

        Assert.Equal("complete", completed.Status);
        Assert.Equal("unpaid", completed.PaymentStatus);
        Assert.Equal(finalStatus, settled.PaymentStatus);
    }
}
