using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Storefront.Core.Observability;
using Storefront.StripeEmulator.Hosting;

namespace Storefront.Web.Observability;

/// <summary>OpenTelemetry traces and metrics, the Prometheus scrape endpoint, and JSON logs in Production.</summary>
public static class ObservabilityHostingExtensions
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddStoreObservability(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ObservabilityOptions.Section);
        builder.Services.AddOptions<ObservabilityOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ObservabilityOptions>, ObservabilityOptionsValidator>();
        var options = section.Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        var otlp = Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;

        // One JSON object per line: what a log collector reads without guessing where an entry ends.
        if (builder.Environment.IsProduction())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }

        // The store's meter is enabled for this host's own meter factory only (MeterScope.Local). Added by name to the
        // SDK instead, it would be heard in every host of the process, and a series could belong to another host
        // that stops and takes it away: the tests run dozens of hosts in one process.
        builder.Metrics.EnableMetrics(StoreMetrics.MeterName, scopes: MeterScope.Local);
        builder.Services.AddSingleton<OpenCircuits>();
        builder.Services.AddSingleton<CircuitHandler>(services => services.GetRequiredService<OpenCircuits>());
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("storefront"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }
            });

        // Traces are recorded only when there is somewhere to send them.
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource("Npgsql")
                .AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        }

        return builder;
    }

    /// <summary><c>GET /metrics</c> in Prometheus's text format, for this machine and the configured networks only.</summary>
    public static WebApplication MapStoreMetrics(this WebApplication app)
    {
        // Created now, not at the first circuit, so that a scrape shows 0 open circuits instead of no series at all.
        app.Services.GetRequiredService<OpenCircuits>();
        var allowed = app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value.MetricsAllowedNetworks
            .Select(System.Net.IPNetwork.Parse).ToList();
        app.MapPrometheusScrapingEndpoint(MetricsPath).Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context => MayScrape(context, allowed) ? inner(context) : RefuseAsync(context);
        });
        return app;
    }

    private static bool MayScrape(HttpContext context, List<System.Net.IPNetwork> allowed) =>
        LoopbackOnly.IsLocal(context) ||
        (context.Connection.RemoteIpAddress is { } address && allowed.Any(network => network.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync("Metrics answer only this machine and the networks in Observability:MetricsAllowedNetworks.");
    }
}
