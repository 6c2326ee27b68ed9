using System.Text.Json.Nodes;
using Storefront.StripeEmulator.Api;

namespace Storefront.StripeEmulator.Shipping;

public static class ShippingRateJson
{
    public static JsonObject Write(ShippingRate rate) => new()
    {
        ["id"] = rate.Id,
        ["object"] = "shipping_rate",
        ["active"] = rate.Active,
        ["created"] = rate.Created,
        ["delivery_estimate"] = rate.Minimum is null && rate.Maximum is null
            ? null
            : new JsonObject { ["maximum"] = Bound(rate.Maximum), ["minimum"] = Bound(rate.Minimum) },
        ["display_name"] = rate.DisplayName,
        ["fixed_amount"] = new JsonObject { ["amount"] = rate.Amount, ["currency"] = rate.Currency },
        ["livemode"] = false,
        ["metadata"] = StripeJson.Metadata(rate.Metadata),
        ["tax_behavior"] = rate.TaxBehavior,
        ["tax_code"] = rate.TaxCode,
        ["type"] = "fixed_amount",
    };

    private static JsonObject? Bound(DeliveryEstimateBound? bound) =>
        bound is null ? null : new JsonObject { ["unit"] = bound.Unit, ["value"] = bound.Value };
}
