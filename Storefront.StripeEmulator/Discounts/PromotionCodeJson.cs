using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;

namespace Storefront.StripeEmulator.Discounts;

/// <summary>A promotion code as API 2025-09-30 and later write it: the coupon sits under <c>promotion</c>.</summary>
public static class PromotionCodeJson
{
    public static JsonObject Write(PromotionCode code, long now, bool expandCoupon = false) => new()
    {
        ["id"] = code.Id,
        ["object"] = "promotion_code",
        ["active"] = code.Active,
        ["code"] = code.Code,
        ["created"] = code.Created,
        ["customer"] = null,
        ["expires_at"] = code.ExpiresAt,
        ["livemode"] = false,
        ["max_redemptions"] = code.MaxRedemptions,
        ["metadata"] = StripeJson.Metadata(code.Metadata),
        ["promotion"] = new JsonObject
        {
            ["coupon"] = expandCoupon ? CouponJson.Write(code.Coupon, now) : code.Coupon.Id,
            ["type"] = "coupon",
        },
        ["restrictions"] = new JsonObject
        {
            ["currency_options"] = new JsonObject(),
            ["first_time_transaction"] = false,
            ["minimum_amount"] = null,
            ["minimum_amount_currency"] = null,
        },
        ["times_redeemed"] = code.TimesRedeemed,
    };
}
