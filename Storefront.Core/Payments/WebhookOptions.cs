using System.ComponentModel.DataAnnotations;

namespace Storefront.Core.Payments;

/// <summary>
/// The <c>Webhooks</c> section: how received events are written to the inbox, how the inbox worker applies them, how it
/// retries an event it could not apply, and when it gives up.
/// </summary>
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

    /// <summary>
    /// How many verified events may wait for the inbox writer. A delivery that finds the queue full is answered 503 with
    /// Retry-After, and Stripe delivers it again; each waiting event holds its payload (a few kilobytes) in memory.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Webhooks:QueueCapacity must be between {1} and {2}.")]
    public int QueueCapacity { get; set; } = 4096;

    /// <summary>
    /// The most events the inbox writer stores in one transaction (one multi-row insert). More events per commit is
    /// more throughput for the same disk flushes; each event takes three parameters of the statement.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Webhooks:MaxBatch must be between {1} and {2}.")]
    public int MaxBatch { get; set; } = 256;

    /// <summary>
    /// How many Stripe reads the inbox worker makes at once for the events it claimed, and how many batches of them
    /// (<see cref="ApplyBatch"/>) it applies at once; on SQLite their writes still take turns.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Webhooks:ApplyParallelism must be between {1} and {2}.")]
    public int ApplyParallelism { get; set; } = 8;

    /// <summary>
    /// How many prepared events the inbox worker applies in one transaction. One commit for many events is what lets a
    /// single SQLite writer keep up; each transaction holds the database's write turn (or, on PostgreSQL, its orders'
    /// rows) for the whole batch. If a batch fails, its events are applied one at a time.
    /// </summary>
    [Range(1, 500, ErrorMessage = "Webhooks:ApplyBatch must be between {1} and {2}.")]
    public int ApplyBatch { get; set; } = 16;
}
