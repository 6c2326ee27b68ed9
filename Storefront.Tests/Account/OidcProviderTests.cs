using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Account;

/// <summary>The local Auth0 stand-in itself: what the store's OIDC handler will see from it.</summary>
public sealed class OidcProviderTests : IAsyncLifetime
{
    // Never contacted: the tests read the redirect instead of following it.
    private static readonly Uri Client = new("http://127.0.0.1:9/");
    private static readonly Uri RedirectUri = new(Client, "callback");

    private OidcApplication _oidc = null!;

    public async Task InitializeAsync() => _oidc = await OidcApplication.RegisterAsync([RedirectUri], [Client]);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Discovery_names_an_Auth0_shaped_issuer_with_its_trailing_slash_and_no_pushed_authorization()
    {
        using var http = new HttpClient();

        var discovery = (await http.GetFromJsonAsync<JsonObject>(new Uri(_oidc.Issuer, ".well-known/openid-configuration")))!;

        var issuer = discovery["issuer"]!.GetValue<string>();
        Assert.Equal(_oidc.Issuer.ToString(), issuer);
        Assert.EndsWith("/", issuer);
        Assert.False(discovery.ContainsKey("pushed_authorization_request_endpoint"));
        Assert.Contains("client_secret_post", discovery["token_endpoint_auth_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Theory]
    [InlineData("admin@example.test")]
    [InlineData("shopper@example.test")]
    public async Task The_ID_token_of_a_code_flow_carries_the_profile_and_the_roles_claim(string email)
    {
        var account = OidcAccount.All.Single(a => a.Email == email);
        using var flow = new OidcCodeFlow(_oidc, RedirectUri);

        using var loginForm = await flow.AuthorizeAsync();
        using var backToClient = await flow.LogInAsync(loginForm, account.Email, account.Password);
        var idToken = await flow.RedeemAsync(backToClient);

        Assert.Equal(_oidc.Issuer.ToString(), idToken["iss"]!.GetValue<string>());
        Assert.Equal(_oidc.ClientId, idToken["aud"]!.GetValue<string>());
        Assert.Equal(flow.Nonce, idToken["nonce"]!.GetValue<string>());
        Assert.Equal((account.Sub, account.Email, account.Name, true),
            (idToken["sub"]!.GetValue<string>(), idToken["email"]!.GetValue<string>(), idToken["name"]!.GetValue<string>(),
                idToken["email_verified"]!.GetValue<bool>()));
        Assert.Equal(account.Roles, idToken["https://storefront/roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_a_message_and_issues_no_code()
    {
        using var flow = new OidcCodeFlow(_oidc, RedirectUri);
        using var loginForm = await flow.AuthorizeAsync();

        using var answer = await flow.LogInAsync(loginForm, OidcAccount.Admin.Email, "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Contains("Wrong email or password.", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Auth0_logout_refuses_an_unlisted_returnTo_and_otherwise_ends_the_session_and_returns()
    {
        using var flow = new OidcCodeFlow(_oidc, RedirectUri);
        using var loginForm = await flow.AuthorizeAsync();
        using var signedIn = await flow.LogInAsync(loginForm, OidcAccount.Shopper.Email, OidcAccount.Shopper.Password);

        using var refused = await flow.GetAsync($"v2/logout?client_id={_oidc.ClientId}&returnTo={Uri.EscapeDataString("https://evil.example/")}");
        using var unknownClient = await flow.GetAsync($"v2/logout?client_id=someone-else&returnTo={Uri.EscapeDataString(Client.ToString())}");
        using var stillSignedIn = await flow.AuthorizeAsync();
        using var loggedOut = await flow.GetAsync($"v2/logout?client_id={_oidc.ClientId}&returnTo={Uri.EscapeDataString(Client.ToString())}");
        using var afterLogout = await flow.AuthorizeAsync();

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (refused.StatusCode, unknownClient.StatusCode));
        Assert.StartsWith(RedirectUri.ToString(), stillSignedIn.Headers.Location!.ToString());
        Assert.Equal(Client, loggedOut.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, afterLogout.StatusCode);
        Assert.Contains("Log in to Storefront", await afterLogout.Content.ReadAsStringAsync());
    }
}
