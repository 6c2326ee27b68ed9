using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;

namespace Storefront.StripeEmulator.Discounts;

public static class CouponJson
{
    public static JsonObject Write(Coupon coupon, long now) => new()
    {
        ["id"] = coupon.Id,
        ["object"] = "coupon",
        ["amount_off"] = coupon.AmountOff,
        ["created"] = coupon.Created,
        ["currency"] = coupon.Currency,
        ["duration"] = coupon.Duration,
        ["duration_in_months"] = coupon.DurationInMonths,
        ["livemode"] = false,
        ["max_redemptions"] = coupon.MaxRedemptions,
        ["metadata"] = StripeJson.Metadata(coupon.Metadata),
        ["name"] = coupon.Name,
        ["percent_off"] = coupon.PercentOff,
        ["redeem_by"] = coupon.RedeemBy,
        ["times_redeemed"] = coupon.TimesRedeemed,
        ["valid"] = coupon.IsValid(now),
    };
}
