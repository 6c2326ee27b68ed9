using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Account;

/// <summary>
/// An OIDC client written out by hand — authorization code with PKCE and client_secret_post, as ASP.NET Core's
/// handler does it — so that the provider's answers can be read without the store in between.
/// </summary>
internal sealed class OidcCodeFlow(OidcApplication oidc, Uri redirectUri) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
    private readonly string _verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public string Nonce { get; } = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Starts a sign-in and follows the provider's own redirects; the answer is the login form or the way back to the client.</summary>
    public Task<HttpResponseMessage> AuthorizeAsync()
    {
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier)));
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = oidc.ClientId,
            ["redirect_uri"] = redirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = "openid profile email",
            ["state"] = "state-1",
            ["nonce"] = Nonce,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        };
        return FollowAsync(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(new Uri(oidc.Issuer, "auth").ToString(), query)));
    }

    /// <summary>Fills the login form the way a person would: the form's own action, email and password.</summary>
    public async Task<HttpResponseMessage> LogInAsync(HttpResponseMessage loginForm, string email, string password)
    {
        var html = await loginForm.Content.ReadAsStringAsync();
        var action = html.Split("action=\"")[1].Split('"')[0];
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(oidc.Issuer, action))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = password }),
        };
        return await FollowAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => FollowAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(oidc.Issuer, pathAndQuery)));

    /// <summary>Redeems the code of the redirect back to the client and returns the ID token's payload.</summary>
    public async Task<JsonObject> RedeemAsync(HttpResponseMessage redirectToClient)
    {
        var location = redirectToClient.Headers.Location!;
        Assert.StartsWith(redirectUri.ToString(), location.ToString());
        var code = QueryHelpers.ParseQuery(location.Query)["code"].Single()!;
        using var response = await _http.PostAsync(new Uri(oidc.Issuer, "token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
            ["client_id"] = oidc.ClientId,
            ["client_secret"] = oidc.ClientSecret,
            ["code_verifier"] = _verifier,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var idToken = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id_token"]!.GetValue<string>();
        return JsonNode.Parse(Base64Url.DecodeFromChars(idToken.Split('.')[1]))!.AsObject();
    }

    private async Task<HttpResponseMessage> FollowAsync(HttpRequestMessage request)
    {
        var response = await _http.SendAsync(request);
        while (response.Headers.Location is { } location)
        {
            var next = new Uri(request.RequestUri!, location);
            if (next.Authority != oidc.Issuer.Authority)
            {
                break;
            }

            response.Dispose();
            request = new HttpRequestMessage(HttpMethod.Get, next);
            response = await _http.SendAsync(request);
        }

        return response;
    }

    public void Dispose() => _http.Dispose();
}
