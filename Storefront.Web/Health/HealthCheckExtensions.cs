using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Storefront.Core.Data;

namespace Storefront.Web.Health;

public static class HealthCheckExtensions
{
    public const string Path = "/healthz";

    public static IServiceCollection AddStoreHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<StoreDbContext>("database");
        return services;
    }

    /// <summary><c>GET /healthz</c>: 200 when every check is healthy, 503 otherwise, with each check's status.</summary>
    public static IEndpointConventionBuilder MapStoreHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteReportAsync });

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        }));
    }
}
