using System.Net;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Api;

public sealed class CheckoutSessionApiTests : EmulatorTest
{
    [Fact]
    public async Task Create_returns_an_open_session_with_everything_the_store_sent()
    {
        var expiresAt = Emulator.Time.GetUtcNow().AddHours(2);
        var options = CheckoutSamples.Options();
        options.ExpiresAt = expiresAt.UtcDateTime;

        var session = await CheckoutSamples.CreateAsync(StripeApi, options);

        Assert.StartsWith("cs_test_", session.Id);
        Assert.Equal("open", session.Status);
        Assert.Equal("unpaid", session.PaymentStatus);
        Assert.Equal("payment", session.Mode);
        Assert.Equal("usd", session.Currency);
        Assert.Equal(2 * 1450 + 1900, session.AmountTotal);
        Assert.Equal("ord_42", session.Metadata["order_id"]);
        Assert.Equal("ord_42", session.ClientReferenceId);
        Assert.Equal("ada@example.com", session.CustomerEmail);
        Assert.Equal($"https://shop.example/checkout/success?session_id={session.Id}", session.SuccessUrl);
        Assert.Equal(CheckoutSamples.CancelUrl, session.CancelUrl);
        Assert.Equal(expiresAt.ToUnixTimeSeconds(), new DateTimeOffset(session.ExpiresAt).ToUnixTimeSeconds());
        Assert.Equal($"{Emulator.BaseUri}c/pay/{session.Id}", session.Url);
        Assert.False(session.Livemode);
        Assert.Null(session.PaymentIntentId);
    }

    [Fact]
    public async Task Get_expands_line_items_and_the_payment_intent()
    {
        var created = await CheckoutSamples.CreateAsync(StripeApi);
        (await CheckoutSamples.PayAsync(created, "4242 4242 4242 4242")).Dispose();

        var session = await new SessionService(StripeApi).GetAsync(created.Id, new SessionGetOptions
        {
            Expand = ["line_items", "payment_intent"],
        });

        Assert.Equal("complete", session.Status);
        Assert.Equal("paid", session.PaymentStatus);
        Assert.Equal(["Enamel mug", "Wool socks"], session.LineItems.Data.Select(i => i.Description));
        Assert.Equal([2L, 1L], session.LineItems.Data.Select(i => i.Quantity ?? 0));
        Assert.Equal(1450, session.LineItems.Data[0].Price.UnitAmount);
        Assert.Equal(2900, session.LineItems.Data[0].AmountTotal);
        Assert.Equal("succeeded", session.PaymentIntent.Status);
        Assert.Equal(session.AmountTotal, session.PaymentIntent.Amount);
        Assert.Equal("ord_42", session.PaymentIntent.Metadata["order_id"]);
        Assert.Equal("ada@example.com", session.CustomerDetails.Email);
    }

    [Fact]
    public async Task Line_items_are_listed_with_a_limit()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);

        var page = await new SessionLineItemService(StripeApi).ListAsync(session.Id, new SessionLineItemListOptions { Limit = 1 });

        Assert.Equal("Enamel mug", Assert.Single(page.Data).Description);
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task Expire_closes_an_open_session_and_refuses_a_second_time()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi);
        var sessions = new SessionService(StripeApi);

        var expired = await sessions.ExpireAsync(session.Id);
        var again = await Assert.ThrowsAsync<StripeException>(() => sessions.ExpireAsync(session.Id));

        Assert.Equal("expired", expired.Status);
        Assert.Null(expired.Url);
        Assert.Equal(HttpStatusCode.BadRequest, again.HttpStatusCode);
        Assert.Equal("invalid_request_error", again.StripeError.Type);
    }

    [Fact]
    public async Task A_session_past_expires_at_is_expired()
    {
        var options = CheckoutSamples.Options();
        options.ExpiresAt = Emulator.Time.GetUtcNow().AddMinutes(31).UtcDateTime;
        var session = await CheckoutSamples.CreateAsync(StripeApi, options);

        Emulator.Time.Advance(TimeSpan.FromMinutes(32));

        Assert.Equal("expired", (await new SessionService(StripeApi).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task Expires_at_outside_thirty_minutes_to_a_day_is_refused()
    {
        var options = CheckoutSamples.Options();
        options.ExpiresAt = Emulator.Time.GetUtcNow().AddMinutes(5).UtcDateTime;

        var error = await Assert.ThrowsAsync<StripeException>(() => CheckoutSamples.CreateAsync(StripeApi, options));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("expires_at", error.StripeError.Param);
    }

    [Fact]
    public async Task An_unknown_session_is_resource_missing()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).GetAsync("cs_test_nope"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.Equal("resource_missing", error.StripeError.Code);
        Assert.Equal("No such checkout.session: 'cs_test_nope'", error.StripeError.Message);
    }

    [Fact]
    public async Task An_unknown_parameter_is_refused()
    {
        var options = CheckoutSamples.Options();
        options.AddExtraParam("shipping_rates", "shr_1");

        var error = await Assert.ThrowsAsync<StripeException>(() => CheckoutSamples.CreateAsync(StripeApi, options));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("parameter_unknown", error.StripeError.Code);
        Assert.Equal("shipping_rates", error.StripeError.Param);
    }

    [Fact]
    public async Task A_missing_parameter_is_refused()
    {
        var options = CheckoutSamples.Options();
        options.LineItems = null;

        var error = await Assert.ThrowsAsync<StripeException>(() => CheckoutSamples.CreateAsync(StripeApi, options));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("parameter_missing", error.StripeError.Code);
        Assert.Equal("line_items", error.StripeError.Param);
    }

    [Fact]
    public async Task A_zero_decimal_currency_keeps_its_amounts()
    {
        var session = await CheckoutSamples.CreateAsync(StripeApi, CheckoutSamples.Options("jpy"));

        Assert.Equal("jpy", session.Currency);
        Assert.Equal(2 * 1450 + 1900, session.AmountTotal);
    }
}
