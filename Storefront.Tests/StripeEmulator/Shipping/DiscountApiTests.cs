using System.Net;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;

namespace Storefront.Tests.StripeEmulator.Shipping;

/// <summary><c>/v1/coupons</c> and <c>/v1/promotion_codes</c> through Stripe.net 53, and the seeded demo code.</summary>
public sealed class DiscountApiTests : EmulatorTest
{
    [Fact]
    public async Task A_promotion_code_is_made_for_a_coupon_and_read_back_with_its_limits()
    {
        var expires = Emulator.Time.GetUtcNow().AddDays(7);
        var coupon = await new CouponService(StripeApi).CreateAsync(new CouponCreateOptions
        {
            AmountOff = 500, Currency = "eur", Duration = "once", MaxRedemptions = 100, Name = "Five off",
        });
        var created = await new PromotionCodeService(StripeApi).CreateAsync(new PromotionCodeCreateOptions
        {
            Code = "FIVEOFF",
            Promotion = new PromotionCodePromotionOptions { Type = "coupon", Coupon = coupon.Id },
            ExpiresAt = expires.UtcDateTime,
            MaxRedemptions = 3,
        });

        var code = await new PromotionCodeService(StripeApi).GetAsync(created.Id, new PromotionCodeGetOptions
        {
            Expand = ["promotion.coupon"],
        });

        Assert.StartsWith("promo_", code.Id);
        Assert.Equal(("FIVEOFF", true, 3L, 0L), (code.Code, code.Active, code.MaxRedemptions ?? 0, code.TimesRedeemed));
        Assert.Equal(expires.ToUnixTimeSeconds(), new DateTimeOffset(code.ExpiresAt!.Value).ToUnixTimeSeconds());
        Assert.Equal(("coupon", 500L, "eur"), (code.Promotion.Type, code.Promotion.Coupon.AmountOff ?? 0, code.Promotion.Coupon.Currency));
        Assert.True(code.Promotion.Coupon.Valid);
        Assert.Equal(100, (await new CouponService(StripeApi).GetAsync(coupon.Id)).MaxRedemptions);
    }

    [Fact]
    public async Task The_settings_seed_a_ten_percent_demo_code()
    {
        var code = Assert.Single(await new PromotionCodeService(StripeApi).ListAsync(
            new PromotionCodeListOptions { Code = "WELCOME10", Expand = ["data.promotion.coupon"] }));

        Assert.True(code.Active);
        Assert.Equal(10m, code.Promotion.Coupon.PercentOff);
    }

    [Fact]
    public async Task A_code_can_be_deactivated()
    {
        var code = Assert.Single(await new PromotionCodeService(StripeApi).ListAsync(new PromotionCodeListOptions { Code = "WELCOME10" }));

        var updated = await new PromotionCodeService(StripeApi).UpdateAsync(code.Id, new PromotionCodeUpdateOptions { Active = false });

        Assert.False(updated.Active);
        Assert.Empty(await new PromotionCodeService(StripeApi).ListAsync(new PromotionCodeListOptions { Code = "WELCOME10", Active = true }));
    }

    public static TheoryData<CouponCreateOptions, string> BadCoupons => new()
    {
        { new CouponCreateOptions { PercentOff = 10m, AmountOff = 100, Currency = "usd" }, "percent_off" },
        { new CouponCreateOptions(), "percent_off" },
        { new CouponCreateOptions { PercentOff = 120m }, "percent_off" },
        { new CouponCreateOptions { AmountOff = 100 }, "currency" },
        { new CouponCreateOptions { PercentOff = 10m, Duration = "sometimes" }, "duration" },
        { new CouponCreateOptions { PercentOff = 10m, MaxRedemptions = 0 }, "max_redemptions" },
    };

    [Theory]
    [MemberData(nameof(BadCoupons))]
    public async Task A_bad_coupon_is_refused_naming_the_parameter(CouponCreateOptions options, string param)
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => new CouponService(StripeApi).CreateAsync(options));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.Equal(param, error.StripeError.Param);
        Assert.Equal("WELCOME10", Assert.Single(await new CouponService(StripeApi).ListAsync()).Name);
    }

    [Fact]
    public async Task A_promotion_code_for_an_unknown_coupon_or_with_a_taken_code_is_refused()
    {
        var coupon = await new CouponService(StripeApi).CreateAsync(new CouponCreateOptions { PercentOff = 5m });

        var unknown = await Assert.ThrowsAsync<StripeException>(() => new PromotionCodeService(StripeApi).CreateAsync(
            new PromotionCodeCreateOptions { Promotion = new() { Type = "coupon", Coupon = "nope" } }));
        var taken = await Assert.ThrowsAsync<StripeException>(() => new PromotionCodeService(StripeApi).CreateAsync(
            new PromotionCodeCreateOptions { Code = "welcome10", Promotion = new() { Type = "coupon", Coupon = coupon.Id } }));

        Assert.Equal(("resource_missing", "promotion[coupon]"), (unknown.StripeError.Code, unknown.StripeError.Param));
        Assert.Equal(("invalid_request_error", "code"), (taken.StripeError.Type, taken.StripeError.Param));
    }
}
