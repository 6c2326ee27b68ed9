using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Shipping;

/// <summary>
/// The hosted page selling physical goods, through plain form posts: address, shipping option, promotion code,
/// tax, and what the completed session and its event then carry. Amounts follow the emulator's tax rule: DE is
/// 19 % of lines after discount plus shipping, rounded once per session.
/// </summary>
public sealed class ShippingCheckoutPageTests : WebhookEmulatorTest
{
    [Fact]
    public async Task The_page_offers_only_the_allowed_countries_and_the_shipping_options_first_selected()
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        using var page = await HostedPageForm.OpenAsync(session.Url);

        Assert.Equal(["DE", "FR", "US"], page.Options("country"));
        Assert.Equal(session.ShippingOptions[0].ShippingRateId, page.Checked("shippingRate"));
        Assert.True(page.Has("promotionCode"));
        Assert.True(page.Has("phone"));
        Assert.Equal("$5.00", page.Text("shipping"));
        Assert.Equal("$10.07", page.Text("tax"));
        Assert.Equal("$63.07", page.Text("total"));
    }

    [Fact]
    public async Task Paying_with_an_address_express_shipping_and_a_ten_percent_code_completes_with_every_amount()
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        var express = session.ShippingOptions[1].ShippingRateId;
        using var page = await HostedPageForm.OpenAsync(session.Url);
        var typed = ShippingSamples.Berlin();
        typed["shippingRate"] = express;
        typed["promotionCode"] = "welcome10";

        await page.PostAsync(typed, action: "apply");
        var codeBeforePayment = await WelcomeCodeAsync();
        await page.PostAsync(typed);

        Assert.NotNull(page.RedirectedTo);
        Assert.Contains($"session_id={session.Id}", page.RedirectedTo);
        Assert.Equal(0, codeBeforePayment.TimesRedeemed);
        Assert.Equal(1, (await WelcomeCodeAsync()).TimesRedeemed);

        var received = await Receiver.WaitForEventAsync("checkout.session.completed", session.Id);
        var completed = received.Last(r => r.Type == "checkout.session.completed");
        var fromEvent = Assert.IsType<Session>(EventUtility.ConstructEvent(completed.Body, completed.Signature, Secret).Data.Object);
        var retrieved = await new SessionService(StripeApi).GetAsync(session.Id, new SessionGetOptions
        {
            Expand = ["payment_intent", "line_items", "discounts.promotion_code", "shipping_cost.shipping_rate"],
        });
        foreach (var paid in new[] { fromEvent, retrieved })
        {
            Assert.Equal(4800, paid.AmountSubtotal);
            Assert.Equal(480, paid.TotalDetails.AmountDiscount);
            Assert.Equal(1500, paid.TotalDetails.AmountShipping);
            Assert.Equal(1106, paid.TotalDetails.AmountTax);
            Assert.Equal(4800 - 480 + 1500 + 1106, paid.AmountTotal);
            Assert.Equal(express, paid.ShippingCost.ShippingRateId);
            Assert.Equal(1500, paid.ShippingCost.AmountSubtotal);
            Assert.Equal(287, paid.ShippingCost.AmountTax);
            Assert.Equal(1787, paid.ShippingCost.AmountTotal);
            var shipping = paid.CollectedInformation.ShippingDetails;
            Assert.Equal("Ada Lovelace", shipping.Name);
            Assert.Equal(("Unter den Linden 1", "10117", "Berlin", "DE"),
                (shipping.Address.Line1, shipping.Address.PostalCode, shipping.Address.City, shipping.Address.Country));
            Assert.Equal("+49 30 1234567", paid.CustomerDetails.Phone);
            Assert.Equal("Ada Lovelace", paid.CustomerDetails.Name);
            Assert.Equal("DE", paid.CustomerDetails.Address.Country);
            Assert.Equal("complete", paid.AutomaticTax.Status);
        }

        Assert.Equal(retrieved.AmountTotal, retrieved.PaymentIntent.Amount);
        Assert.Equal("WELCOME10", Assert.Single(retrieved.Discounts).PromotionCode.Code);
        Assert.Equal("Express", retrieved.ShippingCost.ShippingRate.DisplayName);
        Assert.Equal([290L, 190L], retrieved.LineItems.Data.Select(l => l.AmountDiscount));
        Assert.Equal([495L, 324L], retrieved.LineItems.Data.Select(l => l.AmountTax));
    }

    [Fact]
    public async Task Applying_a_code_shows_the_discount_line_and_the_new_total_without_paying()
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        using var page = await HostedPageForm.OpenAsync(session.Url);

        await page.PostAsync(new Dictionary<string, string> { ["promotionCode"] = "WELCOME10" }, action: "apply");

        Assert.Equal("Promotion code WELCOME10 applied.", page.Notice);
        Assert.Equal("−$4.80", page.Text("discount"));
        Assert.Equal("$9.16", page.Text("tax"));
        Assert.Equal("$57.36", page.Text("total"));
        Assert.Equal("open", (await new SessionService(StripeApi).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task A_total_changed_by_the_shipping_choice_is_shown_before_anything_is_charged()
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        using var page = await HostedPageForm.OpenAsync(session.Url);
        var typed = ShippingSamples.Berlin();
        typed["shippingRate"] = session.ShippingOptions[1].ShippingRateId;

        await page.PostAsync(typed);

        Assert.Null(page.RedirectedTo);
        Assert.Equal("Your total is now $74.97. Check it and select Pay again.", page.Notice);
        Assert.Equal("$74.97", page.Text("total"));
        Assert.Null((await new SessionService(StripeApi).GetAsync(session.Id)).PaymentIntentId);

        await page.PostAsync(typed);

        Assert.NotNull(page.RedirectedTo);
        Assert.Equal(7497, (await new SessionService(StripeApi).GetAsync(session.Id)).AmountTotal);
    }

    [Fact]
    public async Task A_country_outside_the_allowed_list_is_refused_and_changes_nothing()
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        using var page = await HostedPageForm.OpenAsync(session.Url);
        var typed = ShippingSamples.Berlin();
        typed["country"] = "GB";

        await page.PostAsync(typed);
        var after = await new SessionService(StripeApi).GetAsync(session.Id);

        Assert.Null(page.RedirectedTo);
        Assert.Equal("This shop does not ship to United Kingdom. It ships to: Germany, France, United States.", page.Alert);
        Assert.Equal("open", after.Status);
        Assert.Null(after.CollectedInformation.ShippingDetails);
        Assert.Null(after.PaymentIntentId);
    }

    [Theory]
    [InlineData("NOSUCHCODE", "The code NOSUCHCODE is invalid.")]
    [InlineData("OLD20", "This code has expired.")]
    [InlineData("ONCE", "This code has been used the most times it can be.")]
    public async Task An_unknown_expired_or_used_up_code_says_so_on_the_page(string code, string message)
    {
        await CreateCodeAsync("OLD20", expiresIn: TimeSpan.FromHours(1), maxRedemptions: null);
        await CreateCodeAsync("ONCE", expiresIn: null, maxRedemptions: 1);
        await PayOnceWithCodeAsync("ONCE");
        Emulator.Time.Advance(TimeSpan.FromHours(2));
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        using var page = await HostedPageForm.OpenAsync(session.Url);

        await page.PostAsync(new Dictionary<string, string> { ["promotionCode"] = code }, action: "apply");

        Assert.Equal(message, page.Alert);
        Assert.Throws<InvalidOperationException>(() => page.Text("discount"));
        Assert.Empty((await new SessionService(StripeApi).GetAsync(session.Id)).Discounts);
    }

    private async Task PayOnceWithCodeAsync(string code)
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        using var page = await HostedPageForm.OpenAsync(session.Url);
        var typed = ShippingSamples.Berlin();
        typed["promotionCode"] = code;
        await page.PostAsync(typed, action: "apply");
        await page.PostAsync(typed);
        Assert.NotNull(page.RedirectedTo);
    }

    private async Task CreateCodeAsync(string code, TimeSpan? expiresIn, long? maxRedemptions)
    {
        var coupon = await new CouponService(StripeApi).CreateAsync(new CouponCreateOptions { PercentOff = 20m, Duration = "once" });
        await new PromotionCodeService(StripeApi).CreateAsync(new PromotionCodeCreateOptions
        {
            Code = code,
            Promotion = new PromotionCodePromotionOptions { Type = "coupon", Coupon = coupon.Id },
            ExpiresAt = expiresIn is { } lifetime ? Emulator.Time.GetUtcNow().Add(lifetime).UtcDateTime : null,
            MaxRedemptions = maxRedemptions,
        });
    }

    private async Task<PromotionCode> WelcomeCodeAsync() =>
        Assert.Single(await new PromotionCodeService(StripeApi).ListAsync(new PromotionCodeListOptions { Code = "WELCOME10" }));
}
