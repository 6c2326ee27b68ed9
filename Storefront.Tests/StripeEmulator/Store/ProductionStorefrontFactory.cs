using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.StripeEmulator.Store;

/// <summary>
/// The real Storefront.Web app in Production, on a test database, with the given settings on top of the
/// outgoing-email ones every production store needs (its mail server is never reached by these tests).
/// Its clients call it as the proxy would: over HTTPS, for the public host, the only one it allows.
/// </summary>
public sealed class ProductionStorefrontFactory : WebApplicationFactory<Program>
{
    public const string PublicUrl = "https://shop.example.test";

    private static readonly Dictionary<string, string?> EmailSettings = new()
    {
        ["Store:PublicUrl"] = PublicUrl,
        ["Email:Host"] = "smtp.example.test",
        ["Email:From"] = "orders@example.test",
    };

    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ProductionStorefrontFactory(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        _database = database;
        _settings = settings;
        ClientOptions.BaseAddress = new Uri(PublicUrl);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _database.Settings.Concat(EmailSettings).Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
    }
}
