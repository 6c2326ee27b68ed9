using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Store;
using Storefront.Web.Cart;

namespace Storefront.Tests.Production;

/// <summary>Outside Development: HTTPS only, HSTS, Secure cookies, and only the public host.</summary>
public sealed class ProductionHostingTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ProductionStorefrontFactory _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new ProductionStorefrontFactory(_database, new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = "sk_live_not_used_here", ["Stripe:WebhookSecret"] = "whsec_test",
            ["Auth0:Domain"] = "storefront-tests.auth0.example", ["Auth0:ClientId"] = "storefront", ["Auth0:ClientSecret"] = "not-a-secret",
        });
    }

    [Fact]
    public async Task Plain_http_is_sent_to_https()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("http://shop.example.test"),
        });

        using var response = await client.GetAsync("/products/walnut-cutting-board");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://shop.example.test/products/walnut-cutting-board", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Over_https_the_answer_carries_hsts_and_cookies_are_secure()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cart");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        var cart = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CartCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("secure", cart, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_host_other_than_the_public_one_is_refused()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example") });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
