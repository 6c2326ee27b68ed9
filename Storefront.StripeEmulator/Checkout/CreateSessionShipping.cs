using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Shipping;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>A session's <c>shipping_address_collection</c> and <c>shipping_options</c>, refusing what Stripe refuses.</summary>
public static class CreateSessionShipping
{
    private const int MaximumOptions = 5;

    public static IReadOnlyList<string>? AllowedCountries(FormParameters form)
    {
        const string key = "shipping_address_collection[allowed_countries]";
        if (form.Count(key) == 0)
        {
            return form.Has("shipping_address_collection") ? throw StripeApiException.Missing(key) : null;
        }

        var countries = form.List(key);
        for (var i = 0; i < countries.Count; i++)
        {
            if (!ShippingCountries.IsAllowed(countries[i]))
            {
                throw StripeApiException.Invalid($"{key}[{i}]",
                    $"Invalid {key}[{i}]: '{countries[i]}' is not a country Checkout can ship to (use ISO 3166-1 alpha-2 codes such as US or DE).");
            }
        }

        return countries.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Inline rates become shipping rates of their own, as on Stripe; the caller stores them once the whole request
    /// is accepted. Callers hold the store's lock.
    /// </summary>
    public static IReadOnlyList<ShippingRate> Options(FormParameters form, EmulatorStore store, string currency, long now)
    {
        var count = form.Count("shipping_options");
        if (count > MaximumOptions)
        {
            throw StripeApiException.Invalid("shipping_options", $"A session offers at most {MaximumOptions} shipping options.");
        }

        var options = new List<ShippingRate>();
        for (var i = 0; i < count; i++)
        {
            var prefix = $"shipping_options[{i}]";
            var id = form.String($"{prefix}[shipping_rate]");
            var hasData = form.Has($"{prefix}[shipping_rate_data]");
            if ((id is null) == !hasData)
            {
                throw StripeApiException.Invalid(prefix, "Pass exactly one of shipping_rate or shipping_rate_data.");
            }

            ShippingRate rate;
            if (id is not null)
            {
                rate = ShippingRateEndpoints.Find(store, id, $"{prefix}[shipping_rate]");
                if (!rate.Active)
                {
                    throw StripeApiException.Invalid($"{prefix}[shipping_rate]", $"The shipping rate {id} is archived and cannot be offered.");
                }
            }
            else
            {
                rate = ShippingRateParameters.Read(form, $"{prefix}[shipping_rate_data]", now);
            }

            if (rate.Currency != currency)
            {
                throw StripeApiException.Invalid($"{prefix}[shipping_rate]",
                    $"The shipping rate's currency ({rate.Currency}) must match the session's ({currency}).");
            }

            options.Add(rate);
        }

        return options;
    }
}
