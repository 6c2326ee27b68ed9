using System.Net;
using Storefront.StripeEmulator.Checkout;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Api;

/// <summary>Paying through the API, as Stripe's own hosted page does, for tests that need no browser.</summary>
public sealed class PaymentPageApiTests : EmulatorTest
{
    [Fact]
    public async Task A_good_card_completes_the_session()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);

        var response = await ConfirmAsync(session.Id, TestPaymentMethods.SucceedingCard);
        var paid = await new SessionService(StripeApi).GetAsync(session.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("complete", paid.Status);
        Assert.Equal("paid", paid.PaymentStatus);
    }

    [Fact]
    public async Task A_declined_card_is_a_402_card_error()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);

        var error = await Assert.ThrowsAsync<StripeException>(() => ConfirmAsync(session.Id, TestPaymentMethods.DeclinedCard));

        Assert.Equal(HttpStatusCode.PaymentRequired, error.HttpStatusCode);
        Assert.Equal("card_error", error.StripeError.Type);
        Assert.Equal("card_declined", error.StripeError.Code);
        Assert.Equal("generic_decline", error.StripeError.DeclineCode);
        Assert.Equal("requires_payment_method", error.StripeError.PaymentIntent.Status);
    }

    [Fact]
    public async Task A_declined_confirmation_replays_under_its_idempotency_key()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        var request = new RawRequestOptions { IdempotencyKey = $"confirm-{session.Id}" };

        var first = await Assert.ThrowsAsync<StripeException>(() => ConfirmAsync(session.Id, TestPaymentMethods.DeclinedCard, request));
        var again = await Assert.ThrowsAsync<StripeException>(() => ConfirmAsync(session.Id, TestPaymentMethods.DeclinedCard, request));
        var events = await Emulator.ControlGetAsync("/_emulator/events?type=payment_intent.payment_failed");

        Assert.Equal(first.StripeError.PaymentIntent.Id, again.StripeError.PaymentIntent.Id);
        Assert.Single(events);
    }

    private Task<StripeResponse> ConfirmAsync(string sessionId, string card, RawRequestOptions? options = null) =>
        ((StripeClient)StripeApi).RawRequestAsync(
            HttpMethod.Post,
            $"/v1/payment_pages/{sessionId}/confirm",
            $"email=ada%40example.com&payment_method_data[type]=card&payment_method_data[card][number]={card}",
            options);
}
