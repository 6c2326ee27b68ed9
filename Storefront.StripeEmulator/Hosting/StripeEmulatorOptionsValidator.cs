using Microsoft.Extensions.Options;

namespace Storefront.StripeEmulator.Hosting;

/// <summary>Refuses start-up on a tax rate or seeded promotion code the emulator could not apply, naming the setting.</summary>
public sealed class StripeEmulatorOptionsValidator : IValidateOptions<StripeEmulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, StripeEmulatorOptions options)
    {
        var failures = new List<string>();
        foreach (var (country, percent) in options.TaxRates)
        {
            if (country.Length != 2 || !country.All(char.IsAsciiLetter) || percent is < 0 or > 100)
            {
                failures.Add($"{StripeEmulatorOptions.Section}:TaxRates:{country} must be a two-letter country code with a percent from 0 to 100.");
            }
        }

        foreach (var (code, seed) in options.PromotionCodes)
        {
            var setting = $"{StripeEmulatorOptions.Section}:PromotionCodes:{code}";
            if (code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit))
            {
                failures.Add($"{setting}: a promotion code is letters and digits only.");
            }

            if ((seed.PercentOff is null) == (seed.AmountOff is null))
            {
                failures.Add($"{setting} needs exactly one of PercentOff or AmountOff.");
            }

            if (seed.PercentOff is <= 0 or > 100)
            {
                failures.Add($"{setting}:PercentOff must be more than 0 and at most 100.");
            }

            if (seed.AmountOff is not null && (seed.AmountOff <= 0 || string.IsNullOrWhiteSpace(seed.Currency)))
            {
                failures.Add($"{setting}:AmountOff must be positive and come with a Currency.");
            }

            if (seed.MaxRedemptions is <= 0)
            {
                failures.Add($"{setting}:MaxRedemptions must be positive.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
