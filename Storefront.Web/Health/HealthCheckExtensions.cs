using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;

namespace Storefront.Web.Health;

public static class HealthCheckExtensions
{
    public const string Path = "/healthz";
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";

    private const string Ready = "ready";

    /// <summary>Whether a request is a health probe or a metrics scrape, which reach an instance directly.</summary>
    public static bool IsProbe(PathString path) => path.StartsWithSegments(Path) || path.StartsWithSegments("/metrics");

    public static IServiceCollection AddStoreHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        services.AddHealthChecks()
            .AddDbContextCheck<StoreDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<QueuesHealthCheck>("queues", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>GET /healthz</c> and <c>/healthz/ready</c>: 200 when every check is healthy, 503 otherwise, with each check's
    /// status. <c>/healthz/live</c> checks nothing: it answers while the process can serve at all.
    /// </summary>
    public static IEndpointRouteBuilder MapStoreHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteReportAsync });
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteReportAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteReportAsync });
        return endpoints;
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
            problems = report.Entries.Where(entry => entry.Value.Status != HealthStatus.Healthy)
                .ToDictionary(entry => entry.Key, entry => entry.Value.Description ?? entry.Value.Exception?.Message),
        }));
    }
}
