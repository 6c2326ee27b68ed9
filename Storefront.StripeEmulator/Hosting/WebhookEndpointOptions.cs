namespace Storefront.StripeEmulator.Hosting;

public sealed class WebhookEndpointOptions
{
    /// <summary>Absolute, or relative to the host the emulator runs in (e.g. <c>/webhooks/stripe</c> when mounted).</summary>
    public string Url { get; set; } = "";

    /// <summary>The endpoint's signing secret (<c>whsec_…</c>).</summary>
    public string Secret { get; set; } = "";
}
