namespace Storefront.Web.Observability;

/// <summary>The <c>Observability</c> section: where traces and metrics go, and who may scrape <c>/metrics</c>.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>An OTLP collector, e.g. <c>http://127.0.0.1:4317</c>; without it nothing is exported but <c>/metrics</c>.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Networks besides loopback allowed to scrape <c>/metrics</c>, in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> MetricsAllowedNetworks { get; set; } = [];
}
