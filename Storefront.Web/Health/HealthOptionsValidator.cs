using Microsoft.Extensions.Options;

namespace Storefront.Web.Health;

public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        var failures = new List<string>();
        if (options.InboxStuckAfter <= TimeSpan.Zero)
        {
            failures.Add($"Health:InboxStuckAfter must be more than 00:00:00 (it is {options.InboxStuckAfter:c}).");
        }

        if (options.OutboxStuckAfter <= TimeSpan.Zero)
        {
            failures.Add($"Health:OutboxStuckAfter must be more than 00:00:00 (it is {options.OutboxStuckAfter:c}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
