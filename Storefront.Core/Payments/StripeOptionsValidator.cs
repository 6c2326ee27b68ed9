using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Storefront.Core.Payments;

/// <summary>Refuses start-up with a message naming the Stripe setting that is wrong.</summary>
public sealed class StripeOptionsValidator(IHostEnvironment environment) : IValidateOptions<StripeOptions>
{
    public ValidateOptionsResult Validate(string? name, StripeOptions options)
    {
        if (options.ParsedMode is not { } mode)
        {
            return ValidateOptionsResult.Fail($"Stripe:Mode must be 'Emulator' or 'Live' (it is '{options.Mode}').");
        }

        var failures = new List<string>();
        if (mode == StripeMode.Emulator && !environment.IsDevelopment())
        {
            failures.Add($"Stripe:Mode is 'Emulator', but the Stripe emulator runs only in Development (this is {environment.EnvironmentName}). " +
                "Set Stripe:Mode to 'Live' and configure Stripe:SecretKey and Stripe:WebhookSecret.");
        }

        if (mode == StripeMode.Live && string.IsNullOrWhiteSpace(options.SecretKey))
        {
            failures.Add("Stripe:SecretKey is required when Stripe:Mode is 'Live'.");
        }

        if (!string.IsNullOrWhiteSpace(options.SecretKey) &&
            !options.SecretKey.StartsWith("sk_", StringComparison.Ordinal) &&
            !options.SecretKey.StartsWith("rk_", StringComparison.Ordinal))
        {
            failures.Add("Stripe:SecretKey must be a secret key (sk_… or rk_…), not a publishable key.");
        }

        if (string.IsNullOrWhiteSpace(options.WebhookSecret))
        {
            failures.Add(mode == StripeMode.Emulator
                ? "Stripe:WebhookSecret is required: the emulator signs its webhooks with it (Development sets a placeholder)."
                : "Stripe:WebhookSecret is required when Stripe:Mode is 'Live'.");
        }

        if (options.ApiBase is { Length: > 0 } apiBase &&
            !(Uri.TryCreate(apiBase, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"Stripe:ApiBase must be an absolute http(s) URL (it is '{apiBase}').");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > StripeOptions.LongestRequestTimeout)
        {
            failures.Add($"Stripe:RequestTimeout must be more than 00:00:00 and at most {StripeOptions.LongestRequestTimeout:c} (it is {options.RequestTimeout:c}).");
        }

        if (options.ReadsPerSecond is < 1 or > StripeOptions.MostReadsPerSecond)
        {
            failures.Add($"Stripe:ReadsPerSecond must be between 1 and {StripeOptions.MostReadsPerSecond}, or left empty (it is {options.ReadsPerSecond}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
