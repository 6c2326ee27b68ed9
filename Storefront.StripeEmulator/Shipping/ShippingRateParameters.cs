using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Shipping;

/// <summary>
/// Reads a shipping rate's fields, for <c>POST /v1/shipping_rates</c> (no prefix) and for a session's inline
/// <c>shipping_options[i][shipping_rate_data]</c>, refusing what Stripe refuses.
/// </summary>
public static class ShippingRateParameters
{
    private static readonly string[] Units = ["hour", "day", "business_day", "week", "month"];
    private static readonly string[] TaxBehaviors = ["inclusive", "exclusive", "unspecified"];

    public static ShippingRate Read(FormParameters form, string prefix, long now)
    {
        string Key(string name) => prefix.Length == 0 ? name : $"{prefix}[{name}]";

        var displayName = form.Required(Key("display_name"));
        var type = form.String(Key("type")) ?? "fixed_amount";
        if (type != "fixed_amount")
        {
            throw StripeApiException.Invalid(Key("type"), $"Invalid type: must be fixed_amount, not '{type}'.");
        }

        var amountKey = Key("fixed_amount") + "[amount]";
        var amount = form.Long(amountKey) ?? throw StripeApiException.Missing(amountKey);
        var currency = form.Required(Key("fixed_amount") + "[currency]").ToLowerInvariant();
        var taxBehavior = form.String(Key("tax_behavior")) ?? "unspecified";
        if (!TaxBehaviors.Contains(taxBehavior))
        {
            throw StripeApiException.Invalid(Key("tax_behavior"),
                $"Invalid tax_behavior: must be one of {string.Join(", ", TaxBehaviors)}");
        }

        var minimum = Bound(form, Key("delivery_estimate") + "[minimum]");
        var maximum = Bound(form, Key("delivery_estimate") + "[maximum]");
        return new ShippingRate
        {
            Id = Ids.New("shr"),
            Created = now,
            DisplayName = displayName,
            Amount = amount,
            Currency = currency,
            Minimum = minimum,
            Maximum = maximum,
            TaxBehavior = taxBehavior,
            TaxCode = form.String(Key("tax_code")),
            Metadata = form.Map(Key("metadata")),
        };
    }

    private static DeliveryEstimateBound? Bound(FormParameters form, string prefix)
    {
        var unit = form.String($"{prefix}[unit]");
        var value = form.Long($"{prefix}[value]");
        if (unit is null && value is null)
        {
            return null;
        }

        if (unit is null || !Units.Contains(unit))
        {
            throw StripeApiException.Invalid($"{prefix}[unit]", $"Invalid unit: must be one of {string.Join(", ", Units)}");
        }

        return value is > 0
            ? new DeliveryEstimateBound(unit, value.Value)
            : throw StripeApiException.Invalid($"{prefix}[value]", "The delivery estimate's value must be a positive integer.");
    }
}
