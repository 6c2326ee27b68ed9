using System.Text.Json.Nodes;

namespace Storefront.StripeEmulator.Tax;

/// <summary>The <c>tax_rate</c> Stripe Tax reports in a breakdown; one per country, so its id is stable.</summary>
public static class TaxRateJson
{
    public static JsonObject Write(TaxLocation tax, long created) => new()
    {
        ["id"] = $"txr_emulator_{tax.Country}",
        ["object"] = "tax_rate",
        ["active"] = true,
        ["country"] = tax.Country,
        ["created"] = created,
        ["description"] = null,
        ["display_name"] = "Tax",
        ["effective_percentage"] = tax.Percent,
        ["inclusive"] = false,
        ["jurisdiction"] = tax.Country,
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["percentage"] = tax.Percent,
        ["tax_type"] = "vat",
    };
}
