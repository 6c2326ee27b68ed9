using System.ComponentModel.DataAnnotations;

namespace Storefront.Core.Payments;

/// <summary>The <c>Webhooks</c> section: how the inbox worker retries an event it could not apply, and when it gives up.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The wait after an event's first failed attempt; each next wait doubles it, up to ten minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Webhooks:RetryDelay must be between {1} and {2}.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After this many failed attempts an event is parked as failed, with its error, and no longer retried. The
    /// default, with the doubling waits, keeps trying through about two hours of Stripe being down.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Webhooks:MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 20;

    /// <summary>
    /// How long an inbox worker holds an event it claimed. While held, no other app instance takes it; if the instance
    /// dies, another takes it once the claim runs out. It must outlast one application of an event (a Stripe call,
    /// <c>Stripe:RequestTimeout</c> at most, and a transaction); an event applied twice is still applied once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Webhooks:ClaimLease must be between {1} and {2}.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);
}
