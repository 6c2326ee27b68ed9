namespace Storefront.Core.Retries;

/// <summary>
/// The store's one backoff: after each consecutive failure the wait doubles from a first wait up to a ceiling.
/// Stripe calls, the webhook inbox, reconciliation and the email outbox all wait by it.
/// </summary>
public static class Backoff
{
    /// <summary>The wait after the <paramref name="failures"/>-th consecutive failure (1 for the first).</summary>
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan longest)
    {
        var doublings = Math.Clamp(failures - 1, 0, 62);

        // Compared before shifting, so that a long run of failures cannot overflow into a negative wait.
        return first.Ticks > longest.Ticks >> doublings ? longest : TimeSpan.FromTicks(first.Ticks << doublings);
    }
}
