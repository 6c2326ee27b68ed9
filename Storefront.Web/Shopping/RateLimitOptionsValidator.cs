using Microsoft.Extensions.Options;

namespace Storefront.Web.Shopping;

/// <summary>Refuses start-up with a message naming the rate limit setting that is out of range.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    private const int Most = 100_000;

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new List<string>();
        Check(failures, "RateLimits:CheckoutPerMinute", options.CheckoutPerMinute);
        Check(failures, "RateLimits:CartWritesPerMinute", options.CartWritesPerMinute);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string setting, int value)
    {
        if (value is < 1 or > Most)
        {
            failures.Add($"{setting} must be between 1 and {Most} (it is {value}).");
        }
    }
}
