using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Discounts;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>A session's <c>discounts</c> and <c>allow_promotion_codes</c>, refusing what Stripe refuses.</summary>
public static class CreateSessionDiscounts
{
    /// <summary>Callers hold the store's lock.</summary>
    public static AppliedDiscount? Read(FormParameters form, EmulatorStore store, bool? allowPromotionCodes, string currency, long now)
    {
        var count = form.Count("discounts");
        if (count == 0)
        {
            return null;
        }

        if (allowPromotionCodes == true)
        {
            throw StripeApiException.Invalid("discounts",
                "You may only specify one of these parameters: allow_promotion_codes, discounts.");
        }

        if (count > 1)
        {
            throw StripeApiException.Invalid("discounts", "Checkout Sessions accept only one discount.");
        }

        var couponId = form.String("discounts[0][coupon]");
        var codeId = form.String("discounts[0][promotion_code]");
        if ((couponId is null) == (codeId is null))
        {
            throw StripeApiException.Invalid("discounts[0]", "Pass exactly one of coupon or promotion_code.");
        }

        if (couponId is not null)
        {
            var coupon = CouponEndpoints.Find(store, couponId, "discounts[0][coupon]");
            return PromotionCodeCheck.CouponRefusal(coupon, currency, now) is { } refusal
                ? throw StripeApiException.Invalid("discounts[0][coupon]", refusal)
                : new AppliedDiscount(coupon, null);
        }

        var code = PromotionCodeEndpoints.Find(store, codeId!, "discounts[0][promotion_code]");
        return PromotionCodeCheck.Refusal(code, currency, now) is { } why
            ? throw StripeApiException.Invalid("discounts[0][promotion_code]", why)
            : new AppliedDiscount(code.Coupon, code);
    }
}
