using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Storefront.Web.Cart;

namespace Storefront.Tests.Production;

/// <summary>X-Forwarded-For and X-Forwarded-Proto count only from a configured proxy.</summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private const string Proxy = "10.1.2.3";
    private const string Stranger = "203.0.113.9";

    private TestDatabase _database = null!;
    private StorefrontFactory _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new StorefrontFactory(_database, new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = Proxy });
    }

    [Fact]
    public async Task A_forged_forwarded_address_from_an_untrusted_client_does_not_open_the_development_sign_in()
    {
        var forged = await new RemoteRequest("GET", AccountPaths.DevSignIn, Stranger)
        {
            Headers = { ["X-Forwarded-For"] = "127.0.0.1" },
        }.SendAsync(_app.Server);
        var relayed = await new RemoteRequest("GET", AccountPaths.DevSignIn, Proxy)
        {
            Headers = { ["X-Forwarded-For"] = "127.0.0.1" },
        }.SendAsync(_app.Server);

        Assert.Equal(404, forged.StatusCode);
        Assert.DoesNotContain("Sign in as shopper", forged.Body);
        Assert.Equal(200, relayed.StatusCode);
        Assert.Contains("Sign in as shopper", relayed.Body);
    }

    [Fact]
    public async Task A_forged_https_from_an_untrusted_client_leaves_the_cookie_as_plain_http_and_a_proxy_s_makes_it_secure()
    {
        var forged = await new RemoteRequest("GET", "/cart", Stranger) { Headers = { ["X-Forwarded-Proto"] = "https" } }
            .SendAsync(_app.Server);
        var relayed = await new RemoteRequest("GET", "/cart", Proxy)
        {
            Headers = { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = Stranger },
        }.SendAsync(_app.Server);

        Assert.DoesNotContain("secure", forged.SetCookie(CartCookie.Name), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", relayed.SetCookie(CartCookie.Name), StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
