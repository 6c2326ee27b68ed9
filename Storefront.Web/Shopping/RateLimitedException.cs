namespace Storefront.Web.Shopping;

/// <summary>A shopper action refused because its client used up its allowance; nothing was changed.</summary>
public sealed class RateLimitedException(TimeSpan retryAfter)
    : Exception($"Too many tries in a short time. Please wait {WholeSeconds(retryAfter)} seconds and try again.")
{
    /// <summary>Whole seconds until the allowance refills, at least one, as <c>Retry-After</c> wants them.</summary>
    public int RetryAfterSeconds { get; } = WholeSeconds(retryAfter);

    private static int WholeSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
