using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Storefront.Web.Shopping;

namespace Storefront.Tests.Account;

public sealed class SignInEndpointTests(StorefrontApps apps) : IClassFixture<StorefrontApps>
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_url_off_the_site_is_replaced_by_the_home_page(string returnUrl)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(NoRedirects);

        var login = await client.GetAsync($"{AccountPaths.Login}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var signIn = await PostDevSignInAsync(client, "shopper", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal($"{AccountPaths.DevSignIn}?returnUrl=%2F", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_local_page_asked_for()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(NoRedirects);

        var login = await client.GetAsync($"{AccountPaths.Login}?returnUrl=%2Fcart");
        var signIn = await PostDevSignInAsync(client, "admin", "/cart");

        Assert.Equal($"{AccountPaths.DevSignIn}?returnUrl=%2Fcart", login.Headers.Location?.OriginalString);
        Assert.Equal("/cart", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_back()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(NoRedirects);

        var response = await client.GetAsync(AccountPaths.Orders);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{AccountPaths.Login}?returnUrl=%2Faccount%2Forders", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task An_unknown_development_account_is_refused_with_a_reason_and_nobody_is_signed_in()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(NoRedirects);

        var response = await PostDevSignInAsync(client, "root", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose one of: shopper, admin.", await response.Content.ReadAsStringAsync());
        Assert.False((await VisitorAsync(client)).SignedIn);
    }

    [Fact]
    public async Task Signing_out_forgets_the_user_and_the_cart()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(NoRedirects);
        await client.SignInAsDevAsync(DevUser.Shopper);
        var before = await VisitorAsync(client);

        var response = await client.PostAsync(AccountPaths.Logout, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = before.SignOutToken!,
        }));
        var after = await VisitorAsync(client);

        Assert.Equal((true, "Dev Shopper"), (before.SignedIn, before.Name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cleared = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cleared, cookie => cookie.StartsWith(".Storefront.Cart=;", StringComparison.Ordinal));
        Assert.Contains(cleared, cookie => cookie.StartsWith(".Storefront.Auth=;", StringComparison.Ordinal));
        Assert.Equal(new VisitorState(0, false, null, false, null), after);
    }

    [Fact]
    public async Task Signing_out_without_an_antiforgery_token_is_refused()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(NoRedirects);
        await client.SignInAsDevAsync(DevUser.Shopper);

        var response = await client.PostAsync(AccountPaths.Logout, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await VisitorAsync(client)).SignedIn);
    }

    [Fact]
    public async Task With_Auth0_configured_the_development_sign_in_does_not_exist()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database, new Dictionary<string, string?>
        {
            ["Auth0:Domain"] = "storefront.eu.auth0.com",
            ["Auth0:ClientId"] = "client",
            ["Auth0:ClientSecret"] = "placeholder-not-a-secret",
        });
        using var client = app.CreateClient(NoRedirects);

        var page = await client.GetAsync(AccountPaths.DevSignIn);
        // A valid token (any form's: they are per visitor, not per form), so that only a missing endpoint can refuse the post.
        await client.AddToCartAsync("1", 1);
        var token = DevSignIn.AntiforgeryToken(await client.GetStringAsync("/cart"));
        var post = await client.PostAsync(AccountPaths.DevSignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["account"] = "admin",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Sign in as admin", await page.Content.ReadAsStringAsync());
        // No endpoint signs in: the page's own route refuses a post that names no form of its own.
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"POST answered {(int)post.StatusCode}");
        Assert.False(post.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".Storefront.Auth=", StringComparison.Ordinal)));
    }

    private static async Task<VisitorState> VisitorAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<VisitorState>(VisitorEndpoints.Path))!;

    private static async Task<HttpResponseMessage> PostDevSignInAsync(HttpClient client, string account, string returnUrl)
    {
        var page = await client.GetStringAsync(AccountPaths.DevSignIn);
        return await client.PostAsync(AccountPaths.DevSignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(page),
            ["account"] = account,
            ["returnUrl"] = returnUrl,
        }));
    }
}
