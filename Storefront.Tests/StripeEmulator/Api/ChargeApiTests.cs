using System.Net;
using Storefront.StripeEmulator.Checkout;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Api;

public sealed class ChargeApiTests : EmulatorTest
{
    [Fact]
    public async Task A_charge_lists_its_refunds_newest_first_when_expanded()
    {
        var (intent, chargeId) = await PaidChargeAsync();
        var refunds = new RefundService(StripeApi);
        var first = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent, Amount = 1000 });
        var second = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent, Amount = 500 });

        var charge = await new ChargeService(StripeApi).GetAsync(chargeId, new ChargeGetOptions { Expand = ["refunds"] });
        var plain = await new ChargeService(StripeApi).GetAsync(chargeId);

        Assert.Equal((chargeId, intent, "usd", 4800L, 1500L), (charge.Id, charge.PaymentIntentId, charge.Currency, charge.Amount, charge.AmountRefunded));
        Assert.Equal([second.Id, first.Id], charge.Refunds.Data.Select(r => r.Id));
        Assert.All(charge.Refunds.Data, r => Assert.Equal("succeeded", r.Status));
        Assert.False(charge.Refunds.HasMore);
        Assert.Null(plain.Refunds);
        Assert.Equal(1500, plain.AmountRefunded);
    }

    [Fact]
    public async Task A_failed_refund_gives_its_amount_back_to_the_charge_and_is_announced()
    {
        var (intent, chargeId) = await PaidChargeAsync();
        var refunds = new RefundService(StripeApi);
        var kept = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent, Amount = 1000 });
        var failing = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent, Amount = 3800 });

        var failed = await Emulator.ControlPostAsync($"/_emulator/refunds/{failing.Id}/fail?failure_reason=lost_or_stolen_card");

        Assert.Equal("failed", (string)failed["status"]!);
        var fetched = await refunds.GetAsync(failing.Id);
        Assert.Equal(("failed", "lost_or_stolen_card"), (fetched.Status, fetched.FailureReason));
        var charge = await new ChargeService(StripeApi).GetAsync(chargeId, new ChargeGetOptions { Expand = ["refunds"] });
        Assert.Equal(1000, charge.AmountRefunded);
        Assert.False(charge.Refunded);
        Assert.Equal([("failed", 3800L), ("succeeded", 1000L)], charge.Refunds.Data.Select(r => (r.Status, r.Amount)));
        Assert.Equal(kept.Id, charge.Refunds.Data[1].Id);
        var announced = Assert.Single(await Emulator.ControlGetAsync("/_emulator/events?type=charge.refund.updated"));
        var stripeEvent = await new EventService(StripeApi).GetAsync((string)announced!["id"]!);
        var refund = Assert.IsType<Refund>(stripeEvent.Data.Object);
        Assert.Equal((failing.Id, chargeId, intent, "failed"), (refund.Id, refund.ChargeId, refund.PaymentIntentId, refund.Status));
        var again = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent });
        Assert.Equal(3800, again.Amount);
    }

    [Fact]
    public async Task Unknown_charges_and_refunds_and_refunds_that_no_longer_stand_are_refused()
    {
        var (intent, _) = await PaidChargeAsync();
        var refund = await new RefundService(StripeApi).CreateAsync(new RefundCreateOptions { PaymentIntent = intent });
        await Emulator.ControlPostAsync($"/_emulator/refunds/{refund.Id}/fail");

        var charge = await Assert.ThrowsAsync<StripeException>(() => new ChargeService(StripeApi).GetAsync("ch_nope"));
        using var unknown = await Emulator.Http.PostAsync("/_emulator/refunds/re_nope/fail", null);
        using var twice = await Emulator.Http.PostAsync($"/_emulator/refunds/{refund.Id}/fail", null);
        using var badReason = await Emulator.Http.PostAsync($"/_emulator/refunds/{refund.Id}/fail?failure_reason=bored", null);

        Assert.Equal((HttpStatusCode.NotFound, "resource_missing"), (charge.HttpStatusCode, charge.StripeError.Code));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("already failed", await twice.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Contains("failure_reason", await badReason.Content.ReadAsStringAsync());
    }

    private async Task<(string PaymentIntentId, string ChargeId)> PaidChargeAsync()
    {
        var created = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayAsync(created, TestPaymentMethods.SucceedingCard)).Dispose();
        var session = await new SessionService(StripeApi).GetAsync(created.Id);
        var intent = await new PaymentIntentService(StripeApi).GetAsync(session.PaymentIntentId);
        return (intent.Id, intent.LatestChargeId);
    }
}
