using System.Text;
using System.Text.Encodings.Web;
using Storefront.StripeEmulator.Pages;
using Storefront.StripeEmulator.Shipping;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// What the page asks besides payment, each only when the session asks for it: the shipping address (its country a
/// choice of the allowed ones), the phone, the shipping option, a billing country for tax, a promotion code.
/// </summary>
public static class HostedCheckoutShippingFields
{
    public static string Render(CheckoutSession session, CheckoutForm form, CheckoutPreview preview)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        if (session.AllowedCountries is { } allowed)
        {
            html.Append($"""
                <fieldset>
                <legend>Shipping address</legend>
                {Text("name", "Full name", form.Name, "name")}
                {Text("line1", "Address line 1", form.Line1, "address-line1")}
                {Text("line2", "Address line 2 (optional)", form.Line2, "address-line2")}
                <div class="row">
                <div>{Text("postalCode", "Postal code", form.PostalCode, "postal-code")}</div>
                <div>{Text("city", "City", form.City, "address-level2")}</div>
                </div>
                {Text("state", "State or province (optional)", form.State, "address-level1")}
                {CountrySelect(allowed, form.Country, includeBlank: false)}
                </fieldset>
                """);
        }
        else if (session.AutomaticTax)
        {
            html.Append(CountrySelect(ShippingCountries.All, form.Country, includeBlank: true));
        }

        if (session.PhoneNumberCollection)
        {
            html.Append($"""
                <label for="phone">Phone number</label>
                <input id="phone" name="phone" type="tel" autocomplete="tel" value="{e.Encode(form.Phone)}">
                """);
        }

        if (session.ShippingOptions.Count > 0)
        {
            html.Append("<fieldset><legend>Shipping method</legend>");
            foreach (var rate in session.ShippingOptions)
            {
                var chosen = rate.Id == preview.ShippingRate?.Id ? " checked" : "";
                var price = MoneyFormatter.Format(rate.Amount, rate.Currency);
                html.Append($"""
                    <label class="choice"><input type="radio" name="shippingRate" value="{e.Encode(rate.Id)}"{chosen}> {e.Encode(rate.DisplayName)} · {e.Encode(price)}{Estimate(rate, e)}</label>
                    """);
            }

            html.Append("</fieldset>");
        }

        if (session.AllowPromotionCodes == true)
        {
            var applied = session.Discount?.PromotionCode?.Code;
            html.Append($"""
                <label for="promotionCode">Promotion code</label>
                <div class="row code"><input id="promotionCode" name="promotionCode" type="text" autocomplete="off" value="{e.Encode(applied ?? form.PromotionCode)}">
                <button type="submit" name="action" value="apply" class="secondary">Apply</button></div>
                """);
        }

        return html.ToString();
    }

    private static string Text(string id, string label, string value, string autocomplete)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <label for="{id}">{e.Encode(label)}</label>
            <input id="{id}" name="{id}" type="text" autocomplete="{autocomplete}" value="{e.Encode(value)}">
            """;
    }

    private static string CountrySelect(IReadOnlyList<string> countries, string selected, bool includeBlank)
    {
        var e = HtmlEncoder.Default;
        var options = new StringBuilder(includeBlank ? """<option value="">Choose…</option>""" : "");
        foreach (var code in countries)
        {
            var mark = code == selected ? " selected" : "";
            options.Append($"""<option value="{code}"{mark}>{e.Encode(ShippingCountries.Name(code))}</option>""");
        }

        return $"""
            <label for="country">Country or region</label>
            <select id="country" name="country" autocomplete="country">{options}</select>
            """;
    }

    private static string Estimate(ShippingRate rate, HtmlEncoder e)
    {
        if (rate.Minimum is null && rate.Maximum is null)
        {
            return "";
        }

        static string Unit(DeliveryEstimateBound b) => $"{b.Value} {b.Unit.Replace('_', ' ')}{(b.Value == 1 ? "" : "s")}";
        var text = (rate.Minimum, rate.Maximum) switch
        {
            ({ } min, { } max) when min.Unit == max.Unit => $"{min.Value}–{Unit(max)}",
            ({ } min, { } max) => $"{Unit(min)} to {Unit(max)}",
            ({ } min, null) => $"at least {Unit(min)}",
            (null, { } max) => $"up to {Unit(max)}",
            _ => "",
        };
        return $"""<span class="detail"> · {e.Encode(text)}</span>""";
    }
}
