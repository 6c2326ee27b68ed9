using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The real Storefront.Web app, in Development, on a test database. With <see cref="StartOnKestrel"/> it listens
/// on a loopback port so that Chromium can reach it; otherwise requests go through the in-memory test server.
/// </summary>
public sealed class StorefrontFactory(
    TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Starts the app on Kestrel at a free loopback port and returns its base address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");

        // Keep the test log readable: warnings and errors only, and not EF's probe for a migrations table that a fresh database lacks.
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        foreach (var (key, value) in database.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
