using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Discounts;
using Storefront.StripeEmulator.Shipping;
using Storefront.StripeEmulator.State;
using Storefront.StripeEmulator.Tax;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>A session's money beyond its lines: <c>total_details</c>, <c>shipping_cost</c>, <c>shipping_options</c>, <c>discounts</c>.</summary>
public static class CheckoutSessionAmountsJson
{
    public static JsonObject TotalDetails(CheckoutSession session, SessionTotals totals, EmulatorStore store, IReadOnlySet<string> expand)
    {
        var json = new JsonObject
        {
            ["amount_discount"] = totals.Discount,
            ["amount_shipping"] = totals.Shipping,
            ["amount_tax"] = totals.Tax,
        };
        if (expand.Contains("total_details.breakdown"))
        {
            json["breakdown"] = new JsonObject
            {
                ["discounts"] = session.Discount is { } discount
                    ? new JsonArray(new JsonObject { ["amount"] = totals.Discount, ["discount"] = Discount(session, discount, store.Now) })
                    : new JsonArray(),
                ["taxes"] = session.AutomaticTax && session.TaxLocation is { } tax
                    ? new JsonArray(new JsonObject
                    {
                        ["amount"] = totals.Tax,
                        ["rate"] = TaxRateJson.Write(tax, session.Created),
                        ["taxability_reason"] = "standard_rated",
                        ["taxable_amount"] = totals.Subtotal - totals.Discount + totals.Shipping,
                    })
                    : new JsonArray(),
            };
        }

        return json;
    }

    public static JsonObject? ShippingCost(CheckoutSession session, SessionTotals totals, IReadOnlySet<string> expand) =>
        session.ShippingRate is not { } rate
            ? null
            : new JsonObject
            {
                ["amount_subtotal"] = totals.Shipping,
                ["amount_tax"] = totals.ShippingTax,
                ["amount_total"] = totals.Shipping + totals.ShippingTax,
                ["shipping_rate"] = Rate(rate, expand.Contains("shipping_cost.shipping_rate")),
                ["taxes"] = new JsonArray(),
            };

    public static JsonArray ShippingOptions(CheckoutSession session, IReadOnlySet<string> expand)
    {
        var expanded = expand.Contains("shipping_options.shipping_rate");
        return new JsonArray(session.ShippingOptions
            .Select(r => (JsonNode?)new JsonObject { ["shipping_amount"] = r.Amount, ["shipping_rate"] = Rate(r, expanded) })
            .ToArray());
    }

    public static JsonArray Discounts(CheckoutSession session, EmulatorStore store, IReadOnlySet<string> expand)
    {
        if (session.Discount is not { } discount)
        {
            return new JsonArray();
        }

        var now = store.Now;
        JsonNode? coupon = expand.Contains("discounts.coupon") ? CouponJson.Write(discount.Coupon, now) : discount.Coupon.Id;
        JsonNode? code = discount.PromotionCode is not { } promotionCode
            ? null
            : expand.Contains("discounts.promotion_code") ? PromotionCodeJson.Write(promotionCode, now) : promotionCode.Id;
        return new JsonArray(new JsonObject { ["coupon"] = coupon, ["promotion_code"] = code });
    }

    private static JsonNode Rate(ShippingRate rate, bool expanded) => expanded ? ShippingRateJson.Write(rate) : rate.Id;

    private static JsonObject Discount(CheckoutSession session, AppliedDiscount discount, long now) => new()
    {
        ["id"] = discount.Id,
        ["object"] = "discount",
        ["checkout_session"] = session.Id,
        ["customer"] = null,
        ["end"] = null,
        ["invoice"] = null,
        ["invoice_item"] = null,
        ["promotion_code"] = discount.PromotionCode?.Id,
        ["source"] = new JsonObject { ["coupon"] = CouponJson.Write(discount.Coupon, now), ["type"] = "coupon" },
        ["start"] = session.Created,
        ["subscription"] = null,
    };
}
