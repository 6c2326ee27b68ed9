namespace Storefront.Core.Payments;

/// <summary>The <c>Stripe</c> section: which Stripe the store talks to, and with which keys.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>The longest <see cref="RequestTimeout"/> start-up accepts.</summary>
    public static readonly TimeSpan LongestRequestTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>Emulator</c> or <c>Live</c>. Left empty it is <c>Emulator</c> in Development when no
    /// <see cref="SecretKey"/> is set, so that a first <c>dotnet run</c> can pay; <c>Live</c> otherwise.
    /// </summary>
    public string? Mode { get; set; }

    /// <summary>The secret API key (<c>sk_…</c> or a restricted <c>rk_…</c>).</summary>
    public string? SecretKey { get; set; }

    public string? PublishableKey { get; set; }

    /// <summary>The signing secret (<c>whsec_…</c>) of the store's webhook endpoint.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Overrides where the Stripe API is, e.g. a standalone emulator at <c>http://127.0.0.1:12111</c>.</summary>
    public string? ApiBase { get; set; }

    /// <summary>
    /// How long the store waits for Stripe on one call, its retries included. A Stripe that accepts the connection
    /// and never answers costs a shopper this long before "try again shortly", and a background worker this long per item.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>About what Stripe allows in live mode: 100 reads per second.</summary>
    public const int LiveReadsPerSecond = 100;

    /// <summary>The most <see cref="ReadsPerSecond"/> start-up accepts.</summary>
    public const int MostReadsPerSecond = 10_000;

    /// <summary>
    /// How many reads (GETs) per second the store makes of Stripe at most, from all its paths together: fulfilment, the
    /// webhook inbox, the success page and reconciliation wait their turn rather than meet Stripe's 429s. Left empty it is
    /// <see cref="LiveReadsPerSecond"/> in <c>Live</c> mode and no limit against the emulator, which has none.
    /// </summary>
    public int? ReadsPerSecond { get; set; }

    /// <summary><see cref="Mode"/> parsed; null when it names no mode.</summary>
    public StripeMode? ParsedMode =>
        Enum.TryParse<StripeMode>(Mode, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : null;

    /// <summary>The mode an empty <see cref="Mode"/> stands for in an environment.</summary>
    public static StripeMode DefaultMode(bool isDevelopment, string? secretKey) =>
        isDevelopment && string.IsNullOrWhiteSpace(secretKey) ? StripeMode.Emulator : StripeMode.Live;
}
