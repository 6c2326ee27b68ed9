using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.StripeEmulator.Store;

/// <summary>
/// The real Storefront.Web app in Production, on a test database, with the given settings on top of the
/// outgoing-email ones every production store needs (its mail server is never reached by these tests).
/// </summary>
public sealed class ProductionStorefrontFactory(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    : WebApplicationFactory<Program>
{
    private static readonly Dictionary<string, string?> EmailSettings = new()
    {
        ["Store:PublicUrl"] = "https://shop.example.test",
        ["Email:Host"] = "smtp.example.test",
        ["Email:From"] = "orders@example.test",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in database.Settings.Concat(EmailSettings).Concat(settings))
        {
            builder.UseSetting(key, value);
        }
    }
}
