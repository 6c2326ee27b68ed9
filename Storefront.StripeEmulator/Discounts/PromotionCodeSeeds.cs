using Storefront.StripeEmulator.Hosting;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Discounts;

/// <summary>Puts the configured promotion codes, each with a coupon of its own, into a new store.</summary>
public static class PromotionCodeSeeds
{
    public static void Seed(EmulatorStore store, StripeEmulatorOptions options, long now)
    {
        foreach (var (code, seed) in options.PromotionCodes)
        {
            var coupon = new Coupon
            {
                Id = Ids.Random(8),
                Created = now,
                PercentOff = seed.PercentOff,
                AmountOff = seed.AmountOff,
                Currency = seed.AmountOff is null ? null : seed.Currency?.ToLowerInvariant(),
                Duration = "once",
                Name = code,
            };
            var promotionCode = new PromotionCode
            {
                Id = Ids.New("promo"),
                Created = now,
                Code = code,
                Coupon = coupon,
                ExpiresAt = seed.ExpiresAt?.ToUnixTimeSeconds(),
                MaxRedemptions = seed.MaxRedemptions,
            };
            store.Coupons[coupon.Id] = coupon;
            store.PromotionCodes[promotionCode.Id] = promotionCode;
        }
    }
}
