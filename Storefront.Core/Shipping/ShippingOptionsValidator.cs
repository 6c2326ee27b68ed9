using Microsoft.Extensions.Options;

namespace Storefront.Core.Shipping;

/// <summary>Refuses start-up with a message naming the shipping setting that is wrong.</summary>
public sealed class ShippingOptionsValidator : IValidateOptions<ShippingOptions>
{
    public ValidateOptionsResult Validate(string? name, ShippingOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.AllowedCountries.Count; i++)
        {
            if (options.AllowedCountries[i] is not { Length: 2 } code || !code.All(char.IsAsciiLetterUpper))
            {
                failures.Add($"Shipping:AllowedCountries:{i} must be a two-letter country code in capitals such as US or DE (it is '{options.AllowedCountries[i]}').");
            }
        }

        if (options.Rates.Count > 0 && options.AllowedCountries.Count == 0)
        {
            failures.Add("Shipping:AllowedCountries must list at least one country when Shipping:Rates has rates.");
        }

        if (options.AllowedCountries.Count > 0 && options.Rates.Count == 0)
        {
            failures.Add("Shipping:Rates must have at least one rate when Shipping:AllowedCountries lists countries.");
        }

        for (var i = 0; i < options.Rates.Count; i++)
        {
            ValidateRate(options.Rates[i], $"Shipping:Rates:{i}", failures);
        }

        foreach (var id in options.Rates.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            failures.Add($"Shipping:Rates has two rates with the Id '{id}'; each needs its own.");
        }

        foreach (var (carrier, template) in options.Carriers)
        {
            if (!template.Contains(ShippingOptions.TrackingPlaceholder, StringComparison.Ordinal) ||
                !Uri.TryCreate(template.Replace(ShippingOptions.TrackingPlaceholder, "x", StringComparison.Ordinal), UriKind.Absolute, out var url) ||
                url.Scheme is not ("https" or "http"))
            {
                failures.Add($"Shipping:Carriers:{carrier} must be an http(s) address with {{tracking}} where the tracking number goes (it is '{template}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRate(ShippingRateOption rate, string key, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(rate.Id))
        {
            failures.Add($"{key}:Id is required.");
        }

        if (string.IsNullOrWhiteSpace(rate.Name) || rate.Name.Length > 100)
        {
            failures.Add($"{key}:Name is required, at most 100 characters.");
        }

        if (rate.Amount < 0)
        {
            failures.Add($"{key}:Amount must be zero or more, in minor units (it is {rate.Amount}).");
        }

        if (rate.MinDays is < 1 || rate.MaxDays is < 1 || rate.MinDays > rate.MaxDays)
        {
            failures.Add($"{key}:MinDays and {key}:MaxDays must be whole days from 1, the first no more than the second.");
        }

        if (rate.FreeOver is <= 0)
        {
            failures.Add($"{key}:FreeOver must be more than zero, in minor units, or left out (it is {rate.FreeOver}).");
        }
    }
}
