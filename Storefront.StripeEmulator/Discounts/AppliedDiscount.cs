using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Discounts;

/// <summary>The one discount a session carries: a coupon, and the promotion code it came from when a code was used.</summary>
public sealed record AppliedDiscount(Coupon Coupon, PromotionCode? PromotionCode)
{
    /// <summary>The <c>discount</c> object's id, one per session and code, stable across reads.</summary>
    public string Id { get; } = Ids.New("di");

    /// <summary>Counted when the session completes, not when the code is applied, as on Stripe.</summary>
    public void Redeem()
    {
        Coupon.TimesRedeemed++;
        if (PromotionCode is not null)
        {
            PromotionCode.TimesRedeemed++;
        }
    }
}
