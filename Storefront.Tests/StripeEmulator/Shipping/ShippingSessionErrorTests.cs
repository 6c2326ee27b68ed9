using System.Net;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Shipping;

/// <summary>Unknown or malformed shipping, tax, discount and payment method values get Stripe's 400 and create nothing.</summary>
public sealed class ShippingSessionErrorTests : EmulatorTest
{
    public static TheoryData<string, Action<SessionCreateOptions>, string> BadValues => new()
    {
        {
            "unknown country",
            o => o.ShippingAddressCollection = new() { AllowedCountries = ["DE", "XX"] },
            "shipping_address_collection[allowed_countries][1]"
        },
        {
            "rate in another currency",
            o => o.ShippingOptions = [ShippingSamples.Rate("Standard", 500, "eur", 1, 2)],
            "shipping_options[0][shipping_rate]"
        },
        {
            "rate of an unknown type",
            o => o.ShippingOptions[0].ShippingRateData.Type = "calculated",
            "shipping_options[0][shipping_rate_data][type]"
        },
        {
            "delivery estimate in fortnights",
            o => o.ShippingOptions[0].ShippingRateData.DeliveryEstimate.Minimum.Unit = "fortnight",
            "shipping_options[0][shipping_rate_data][delivery_estimate][minimum][unit]"
        },
        {
            "rate without an amount",
            o => o.ShippingOptions[0].ShippingRateData.FixedAmount.Amount = null,
            "shipping_options[0][shipping_rate_data][fixed_amount][amount]"
        },
        {
            "discounts with allow_promotion_codes",
            o => o.Discounts = [new SessionDiscountOptions { Coupon = "anything" }],
            "discounts"
        },
        {
            "payment method the emulator lacks",
            o => o.AllowedPaymentMethodTypes = ["card", "klarna"],
            "allowed_payment_method_types"
        },
        {
            "automatic tax enabled by a word that is not a boolean",
            o =>
            {
                o.AutomaticTax = null;
                o.AddExtraParam("automatic_tax[enabled]", "yes");
            },
            "automatic_tax[enabled]"
        },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_is_refused_naming_the_parameter(string why, Action<SessionCreateOptions> spoil, string param)
    {
        var options = ShippingSamples.Options();
        spoil(options);

        var error = await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(options));

        Assert.True(error.HttpStatusCode == HttpStatusCode.BadRequest, why);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.Equal(param, error.StripeError.Param);
        Assert.False(string.IsNullOrEmpty(error.StripeError.Message));
        Assert.Empty(await new ShippingRateService(StripeApi).ListAsync());
    }

    [Fact]
    public async Task Payment_method_types_is_refused_as_api_2026_09_30_removed_it()
    {
        var options = CheckoutSamples.Options();
        options.AddExtraParam("payment_method_types[0]", "card");

        var error = await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(options));

        Assert.Equal(("parameter_unknown", "payment_method_types"), (error.StripeError.Code, error.StripeError.Param));
        Assert.Contains("allowed_payment_method_types", error.StripeError.Message);
    }

    [Fact]
    public async Task A_malformed_boolean_is_refused()
    {
        var options = ShippingSamples.Options();
        options.AllowPromotionCodes = null;
        options.AddExtraParam("allow_promotion_codes", "maybe");

        var error = await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(options));

        Assert.Equal("allow_promotion_codes", error.StripeError.Param);
        Assert.Equal("Invalid boolean: maybe", error.StripeError.Message);
    }

    [Fact]
    public async Task An_unknown_shipping_rate_coupon_or_promotion_code_is_resource_missing()
    {
        var byRate = ShippingSamples.Options();
        byRate.ShippingOptions = [new SessionShippingOptionOptions { ShippingRate = "shr_nope" }];
        var byCoupon = CheckoutSamples.Options();
        byCoupon.Discounts = [new SessionDiscountOptions { Coupon = "nope" }];
        var byCode = CheckoutSamples.Options();
        byCode.Discounts = [new SessionDiscountOptions { PromotionCode = "promo_nope" }];

        var errors = new[]
        {
            await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(byRate)),
            await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(byCoupon)),
            await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(byCode)),
        };

        Assert.All(errors, e => Assert.Equal("resource_missing", e.StripeError.Code));
        Assert.Equal(
            ["shipping_options[0][shipping_rate]", "discounts[0][coupon]", "discounts[0][promotion_code]"],
            errors.Select(e => e.StripeError.Param));
    }

    [Fact]
    public async Task An_expired_promotion_code_cannot_be_put_on_a_session()
    {
        var coupon = await new CouponService(StripeApi).CreateAsync(new CouponCreateOptions { PercentOff = 10m });
        var code = await new PromotionCodeService(StripeApi).CreateAsync(new PromotionCodeCreateOptions
        {
            Promotion = new PromotionCodePromotionOptions { Type = "coupon", Coupon = coupon.Id },
            ExpiresAt = Emulator.Time.GetUtcNow().AddHours(1).UtcDateTime,
        });
        Emulator.Time.Advance(TimeSpan.FromHours(2));
        var options = CheckoutSamples.Options();
        options.Discounts = [new SessionDiscountOptions { PromotionCode = code.Id }];

        var error = await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(options));

        Assert.Equal("discounts[0][promotion_code]", error.StripeError.Param);
        Assert.Equal("This code has expired.", error.StripeError.Message);
    }

    [Fact]
    public async Task Confirming_without_the_address_a_session_collects_is_refused()
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());

        var error = await Assert.ThrowsAsync<StripeException>(() => ((StripeClient)StripeApi).RawRequestAsync(HttpMethod.Post,
            $"/v1/payment_pages/{session.Id}/confirm",
            "email=ada%40example.com&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242"));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("shipping_details", error.StripeError.Param);
        Assert.Equal("open", (await new SessionService(StripeApi).GetAsync(session.Id)).Status);
    }
}
