using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// One Regular Web Application at the test run's <see cref="OidcTenant"/>, as a store is set up at Auth0: a
/// confidential client with its Allowed Callback URLs and Allowed Logout URLs, registered through OpenID Connect
/// Dynamic Client Registration and changed through RFC 7592's client configuration endpoint.
/// </summary>
public sealed class OidcApplication
{
    private static readonly HttpClient Http = new();

    private readonly Uri _configurationUri;
    private readonly string _accessToken;

    private OidcApplication(Uri issuer, string clientId, string clientSecret, Uri configurationUri, string accessToken)
    {
        Issuer = issuer;
        ClientId = clientId;
        ClientSecret = clientSecret;
        _configurationUri = configurationUri;
        _accessToken = accessToken;
    }

    public Uri Issuer { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>The store's settings for this application, as <c>Auth0:Authority</c> overrides <c>https://{Domain}/</c>.</summary>
    public IReadOnlyDictionary<string, string?> StoreSettings => new Dictionary<string, string?>
    {
        ["Auth0:Domain"] = Issuer.Authority,
        ["Auth0:Authority"] = Issuer.ToString(),
        ["Auth0:ClientId"] = ClientId,
        ["Auth0:ClientSecret"] = ClientSecret,
    };

    public static async Task<OidcApplication> RegisterAsync(IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> logoutUrls)
    {
        var tenant = await OidcTenant.Shared;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(tenant.Issuer, "reg"))
        {
            Content = JsonContent.Create(Metadata(redirectUris, logoutUrls)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenant.RegistrationToken);
        var registered = await SendAsync(request, tenant);
        return new OidcApplication(
            tenant.Issuer,
            registered["client_id"]!.GetValue<string>(),
            registered["client_secret"]!.GetValue<string>(),
            new Uri(registered["registration_client_uri"]!.GetValue<string>()),
            registered["registration_access_token"]!.GetValue<string>());
    }

    /// <summary>Replaces the application's callback and logout URLs, e.g. once the store they belong to listens.</summary>
    public async Task SetUrlsAsync(IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> logoutUrls)
    {
        var metadata = Metadata(redirectUris, logoutUrls);
        metadata["client_id"] = ClientId;
        using var request = new HttpRequestMessage(HttpMethod.Put, _configurationUri) { Content = JsonContent.Create(metadata) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
        await SendAsync(request, await OidcTenant.Shared);
    }

    private static JsonObject Metadata(IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> logoutUrls) => new()
    {
        ["redirect_uris"] = new JsonArray([.. redirectUris.Select(uri => JsonValue.Create(uri.ToString()))]),
        ["allowed_logout_urls"] = new JsonArray([.. logoutUrls.Select(uri => JsonValue.Create(uri.ToString()))]),
        ["grant_types"] = new JsonArray("authorization_code", "refresh_token"),
        ["response_types"] = new JsonArray("code"),
        ["token_endpoint_auth_method"] = "client_secret_post",
    };

    private static async Task<JsonObject> SendAsync(HttpRequestMessage request, OidcTenant tenant)
    {
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"oidc-provider answered {request.Method} {request.RequestUri} with {(int)response.StatusCode}: {body}\n{tenant.Output}");
        }

        return JsonNode.Parse(body)!.AsObject();
    }
}
