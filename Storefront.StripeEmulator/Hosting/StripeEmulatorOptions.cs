namespace Storefront.StripeEmulator.Hosting;

/// <summary>The <c>StripeEmulator</c> section when standalone; set in code when another app mounts the emulator.</summary>
public sealed class StripeEmulatorOptions
{
    public const string Section = "StripeEmulator";

    /// <summary>The <c>api_version</c> stamped on events; older than Stripe.net's to test a version mismatch.</summary>
    public string ApiVersion { get; set; } = Stripe.StripeConfiguration.ApiVersion;

    /// <summary>Where events are delivered. A relative URL is resolved against this host's own address.</summary>
    public List<WebhookEndpointOptions> WebhookEndpoints { get; set; } = [];

    /// <summary>Delay before the first retry of a failed delivery; each further retry waits twice as long.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts per event and endpoint, the first included, before the emulator gives up.</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>How long an endpoint has to answer before the attempt counts as failed.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often sessions past <c>expires_at</c> and delayed payments that are due are looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long after checkout a delayed (bank debit) payment settles.</summary>
    public TimeSpan DelayedPaymentSettlesAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The tax rule of <c>automatic_tax</c>: percent by ISO country code of the shipping (or billing) address; a
    /// country not listed pays none. Keys are added to and override these defaults.
    /// </summary>
    public Dictionary<string, decimal> TaxRates { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AT"] = 20m, ["BE"] = 21m, ["DE"] = 19m, ["ES"] = 21m, ["FR"] = 20m, ["GB"] = 20m, ["IT"] = 22m, ["NL"] = 21m,
        ["CA"] = 5m, ["US"] = 7.25m, ["JP"] = 10m,
    };

    /// <summary>Promotion codes that exist from the start, by code. Keys are added to this default demo code.</summary>
    public Dictionary<string, PromotionCodeSeedOptions> PromotionCodes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WELCOME10"] = new() { PercentOff = 10m },
    };
}
