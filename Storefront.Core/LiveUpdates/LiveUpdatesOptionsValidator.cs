using Microsoft.Extensions.Options;

namespace Storefront.Core.LiveUpdates;

/// <summary>Refuses start-up with a message naming the setting that is wrong.</summary>
public sealed class LiveUpdatesOptionsValidator : IValidateOptions<LiveUpdatesOptions>
{
    public ValidateOptionsResult Validate(string? name, LiveUpdatesOptions options)
    {
        if (options.ReconnectFirstWait <= TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail(
                $"LiveUpdates:ReconnectFirstWait must be positive (it is {options.ReconnectFirstWait}).");
        }

        if (options.ReconnectLongestWait < options.ReconnectFirstWait)
        {
            return ValidateOptionsResult.Fail(
                $"LiveUpdates:ReconnectLongestWait ({options.ReconnectLongestWait}) must not be shorter than " +
                $"LiveUpdates:ReconnectFirstWait ({options.ReconnectFirstWait}).");
        }

        return ValidateOptionsResult.Success;
    }
}
