namespace Storefront.Web.Health;

/// <summary>The <c>Health</c> section: how long work may wait before <c>/healthz/ready</c> calls the instance unhealthy.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>A received Stripe event still unapplied after this long means the inbox is stuck.</summary>
    public TimeSpan InboxStuckAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An email still queued after this long means the outbox is stuck (its retries wait up to an hour).</summary>
    public TimeSpan OutboxStuckAfter { get; set; } = TimeSpan.FromHours(2);
}
