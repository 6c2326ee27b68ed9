using Microsoft.Extensions.Options;

namespace Storefront.Web.Catalog.PageCache;

/// <summary>Refuses start-up with a message naming <c>PageCache:Duration</c> when it is out of range.</summary>
public sealed class PageCacheOptionsValidator : IValidateOptions<PageCacheOptions>
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, PageCacheOptions options) =>
        options.Duration > TimeSpan.Zero && options.Duration <= Longest
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"PageCache:Duration must be more than 00:00:00 and at most {Longest:c} (it is {options.Duration:c}).");
}
