using Storefront.Core.Data;
using Storefront.Tests.Admin.Web;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Production;

public sealed class SecurityHeadersTests(StorefrontApps apps) : IClassFixture<StorefrontApps>
{
    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);

        using var response = await app.CreateClient().GetAsync("/");

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Theory]
    [InlineData("/orders/SF-NOPE?token=secret")]
    [InlineData("/checkout/success?session_id=cs_test_1")]
    public async Task A_page_whose_address_holds_a_token_sends_no_referrer_and_is_never_stored(string path)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);

        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/orders.csv")]
    [InlineData("/account/orders")]
    public async Task Admin_account_and_export_responses_are_never_stored(string path)
    {
        await using var admin = await AdminSession.StartAsync(DatabaseProvider.Sqlite);

        using var response = await admin.Client.GetAsync(path);

        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} has Cache-Control: {response.Headers.CacheControl}");
    }
}
