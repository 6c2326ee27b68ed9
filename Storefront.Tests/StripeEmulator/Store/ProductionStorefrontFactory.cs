using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.StripeEmulator.Store;

/// <summary>The real Storefront.Web app in Production, on a test database, with the given settings.</summary>
public sealed class ProductionStorefrontFactory(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in database.Settings.Concat(settings))
        {
            builder.UseSetting(key, value);
        }
    }
}
