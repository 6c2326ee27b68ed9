using System.Net;
using Storefront.StripeEmulator.Checkout;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Api;

public sealed class PaymentAndRefundApiTests : EmulatorTest
{
    [Fact]
    public async Task A_paid_session_has_a_succeeded_payment_intent()
    {
        var session = await PaidSessionAsync();

        var intent = await new PaymentIntentService(StripeApi).GetAsync(session.PaymentIntentId);

        Assert.StartsWith("pi_", intent.Id);
        Assert.Equal("succeeded", intent.Status);
        Assert.Equal(4800, intent.Amount);
        Assert.Equal(4800, intent.AmountReceived);
        Assert.Equal("usd", intent.Currency);
        Assert.StartsWith("ch_", intent.LatestChargeId);
        Assert.Equal("ord_42", intent.Metadata["order_id"]);
    }

    [Fact]
    public async Task A_declined_card_leaves_the_session_open_and_the_intent_unpaid()
    {
        var created = await CheckoutSamples.CreateAsync(StripeApi);
        using var response = await CheckoutSamples.PayAsync(created, TestPaymentMethods.InsufficientFundsCard);

        var session = await new SessionService(StripeApi).GetAsync(created.Id, new SessionGetOptions { Expand = ["payment_intent"] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your card has insufficient funds.", await response.Content.ReadAsStringAsync());
        Assert.Equal("open", session.Status);
        Assert.Equal("requires_payment_method", session.PaymentIntent.Status);
        Assert.Equal("insufficient_funds", session.PaymentIntent.LastPaymentError.DeclineCode);
    }

    [Fact]
    public async Task An_unknown_payment_intent_is_resource_missing()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => new PaymentIntentService(StripeApi).GetAsync("pi_nope"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatusCode);
        Assert.Equal("resource_missing", error.StripeError.Code);
    }

    [Fact]
    public async Task Partial_refunds_add_up_to_the_charge_and_no_further()
    {
        var session = await PaidSessionAsync();
        var refunds = new RefundService(StripeApi);

        var first = await refunds.CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = session.PaymentIntentId, Amount = 1800, Reason = "requested_by_customer",
        });
        var over = await Assert.ThrowsAsync<StripeException>(() => refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = session.PaymentIntentId, Amount = 3001 }));
        var rest = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = session.PaymentIntentId });
        var more = await Assert.ThrowsAsync<StripeException>(() => refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = session.PaymentIntentId, Amount = 1 }));

        Assert.Equal(1800, first.Amount);
        Assert.Equal("succeeded", first.Status);
        Assert.Equal("requested_by_customer", first.Reason);
        Assert.Equal(session.PaymentIntentId, first.PaymentIntentId);
        Assert.Equal(HttpStatusCode.BadRequest, over.HttpStatusCode);
        Assert.Equal("amount", over.StripeError.Param);
        Assert.Equal(3000, rest.Amount);
        Assert.Equal("charge_already_refunded", more.StripeError.Code);
    }

    [Fact]
    public async Task A_retried_refund_with_its_idempotency_key_refunds_once()
    {
        var session = await PaidSessionAsync();
        var refunds = new RefundService(StripeApi);
        var options = new RefundCreateOptions { PaymentIntent = session.PaymentIntentId, Amount = 1000 };
        var request = new RequestOptions { IdempotencyKey = $"refund-{session.Id}-1" };

        var first = await refunds.CreateAsync(options, request);
        var retried = await refunds.CreateAsync(options, request);
        var charge = (await new PaymentIntentService(StripeApi).GetAsync(session.PaymentIntentId)).LatestChargeId;
        var next = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = session.PaymentIntentId });

        Assert.Equal(first.Id, retried.Id);
        Assert.Equal(charge, first.ChargeId);
        Assert.Equal(3800, next.Amount);
    }

    [Fact]
    public async Task Expanding_what_cannot_be_expanded_is_refused()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);

        var error = await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).GetAsync(
            session.Id, new SessionGetOptions { Expand = ["customer"] }));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("expand", error.StripeError.Param);
    }

    [Fact]
    public async Task A_refund_can_be_fetched_by_id()
    {
        var session = await PaidSessionAsync();
        var refunds = new RefundService(StripeApi);
        var created = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = session.PaymentIntentId });

        var fetched = await refunds.GetAsync(created.Id);

        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(4800, fetched.Amount);
        Assert.Equal(created.ChargeId, fetched.ChargeId);
    }

    [Fact]
    public async Task Refunding_an_unpaid_payment_intent_is_refused()
    {
        var created = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayAsync(created, TestPaymentMethods.DeclinedCard)).Dispose();
        var session = await new SessionService(StripeApi).GetAsync(created.Id);

        var error = await Assert.ThrowsAsync<StripeException>(() => new RefundService(StripeApi).CreateAsync(
            new RefundCreateOptions { PaymentIntent = session.PaymentIntentId }));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("payment_intent", error.StripeError.Param);
    }

    [Fact]
    public async Task Unknown_refunds_and_payment_intents_to_refund_are_resource_missing()
    {
        var refunds = new RefundService(StripeApi);

        var get = await Assert.ThrowsAsync<StripeException>(() => refunds.GetAsync("re_nope"));
        var create = await Assert.ThrowsAsync<StripeException>(() => refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = "pi_nope" }));

        Assert.Equal(HttpStatusCode.NotFound, get.HttpStatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.HttpStatusCode);
        Assert.Equal("payment_intent", create.StripeError.Param);
    }

    private async Task<Session> PaidSessionAsync()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        using var response = await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri($"https://shop.example/checkout/success?session_id={session.Id}"), response.Headers.Location);
        return await new SessionService(StripeApi).GetAsync(session.Id);
    }
}
