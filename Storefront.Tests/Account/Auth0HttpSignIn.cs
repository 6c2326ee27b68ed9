using System.Net;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Account;

/// <summary>
/// A browser without JavaScript signing in at the store through the Auth0 stand-in: redirects followed, cookies kept
/// (cookies ignore ports, so one jar serves the store and the provider), the login form filled.
/// </summary>
internal sealed class Auth0HttpSignIn : IDisposable
{
    public Auth0HttpSignIn(Uri store) =>
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies }) { BaseAddress = store };

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; }

    /// <summary>Opens <paramref name="path"/>, is sent to the provider's login form, logs in, and returns the page it lands on.</summary>
    public async Task<HttpResponseMessage> SignInAsync(OidcApplication oidc, OidcAccount account, string path)
    {
        using var loginForm = await Http.GetAsync(path);
        var html = await loginForm.Content.ReadAsStringAsync();
        Assert.StartsWith(oidc.Issuer.ToString(), loginForm.RequestMessage!.RequestUri!.ToString());
        var action = html.Split("action=\"")[1].Split('"')[0];
        return await Http.PostAsync(new Uri(oidc.Issuer, action), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = account.Email,
            ["password"] = account.Password,
        }));
    }

    public void Dispose() => Http.Dispose();
}
