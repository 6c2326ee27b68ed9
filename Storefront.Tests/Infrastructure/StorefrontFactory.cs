using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The real Storefront.Web app, in Development, on a test database. With <see cref="StartOnKestrel"/> it listens
/// on a loopback port so that Chromium can reach it; otherwise requests go through the in-memory test server.
/// Emails go to a pickup folder of its own (not the project's <c>App_Data</c>) unless the settings say otherwise.
/// </summary>
public sealed class StorefrontFactory(
    TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly string _mail = Path.Combine(Path.GetTempPath(), "storefront-tests-mail", Guid.NewGuid().ToString("N"));

    private int? _kestrelPort;

    /// <summary>The app's <c>Catalog:MediaPath</c>: a folder of its own, so uploads never land in the project.</summary>
    public string MediaPath { get; } = Path.Combine(Path.GetTempPath(), "storefront-tests-media", Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Starts the app on Kestrel at a free loopback port and returns its base address, which is also its
    /// <c>Store:PublicUrl</c> (unless the settings name another), so Stripe's return links lead back to it.
    /// </summary>
    public Uri StartOnKestrel()
    {
        // The port is chosen before the host is built because the public address is configuration, read at start-up.
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            _kestrelPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, _kestrelPort.Value));
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
        builder.UseSetting("Email:PickupDirectory", _mail);
        builder.UseSetting("Catalog:MediaPath", MediaPath);
        if (_kestrelPort is { } port)
        {
            builder.UseSetting("Store:PublicUrl", $"http://127.0.0.1:{port}");
        }

        foreach (var (key, value) in database.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_mail))
        {
            Directory.Delete(_mail, recursive: true);
        }

        if (Directory.Exists(MediaPath))
        {
            Directory.Delete(MediaPath, recursive: true);
        }
    }
}
