namespace Storefront.StripeEmulator.Discounts;

/// <summary>
/// Whether a promotion code can be used on a session now, and if not, what the payment page and the API say.
/// The same checks guard <c>discounts[][promotion_code]</c>, the page's code field and payment.
/// </summary>
public static class PromotionCodeCheck
{
    public static string? Refusal(PromotionCode code, string currency, long now)
    {
        if (!code.Active)
        {
            return "This code is no longer active.";
        }

        if (code.ExpiresAt <= now)
        {
            return "This code has expired.";
        }

        if (code.TimesRedeemed >= code.MaxRedemptions)
        {
            return "This code has been used the most times it can be.";
        }

        return CouponRefusal(code.Coupon, currency, now);
    }

    public static string? CouponRefusal(Coupon coupon, string currency, long now)
    {
        if (coupon.RedeemBy <= now)
        {
            return "This code has expired.";
        }

        if (coupon.TimesRedeemed >= coupon.MaxRedemptions)
        {
            return "This code has been used the most times it can be.";
        }

        return coupon.AmountOff is not null && coupon.Currency != currency
            ? $"This code can't be used for a payment in {currency.ToUpperInvariant()}."
            : null;
    }
}
