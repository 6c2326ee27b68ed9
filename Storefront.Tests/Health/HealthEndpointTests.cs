using System.Net;
using System.Text.Json;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Health;

public sealed class HealthEndpointTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Healthz_reports_the_database_and_turns_503_when_it_is_gone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        var client = app.CreateClient();

        var healthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal("Healthy", await DatabaseCheckAsync(healthy));

        await database.BreakAsync();

        var unhealthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal("Unhealthy", await DatabaseCheckAsync(unhealthy));
    }

    private static async Task<string?> DatabaseCheckAsync(HttpResponseMessage response)
    {
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return report.RootElement.GetProperty("checks").GetProperty("database").GetString();
    }
}
