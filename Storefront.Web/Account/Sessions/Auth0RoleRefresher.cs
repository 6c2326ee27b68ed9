using System.Buffers.Text;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Storefront.Web.Account.Sessions;

/// <summary>
/// Asks Auth0 for a signed-in user's current roles by redeeming the session's refresh token: Auth0 runs its
/// post-login Actions again and answers with a fresh ID token, whose roles claim is the user's roles now. An
/// <c>invalid_grant</c> answer means the sign-in was taken back at Auth0 (token revoked, user blocked or deleted).
/// </summary>
public sealed partial class Auth0RoleRefresher(
    IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<Auth0Options> auth0, ILogger<Auth0RoleRefresher> logger)
{
    public async Task<RoleRefresh> RefreshAsync(string userId, string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(AccountSchemes.Auth0);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = refreshToken,
                    ["client_id"] = options.ClientId!,
                    ["client_secret"] = options.ClientSecret!,
                }),
            };
            using var response = await options.Backchannel.SendAsync(request, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                && json.RootElement.TryGetProperty("error", out var error) && error.GetString() == "invalid_grant")
            {
                return RoleRefresh.GrantRevoked;
            }

            response.EnsureSuccessStatusCode();
            using var payload = IdTokenPayload(json.RootElement.GetProperty("id_token").GetString()!);
            if (payload.RootElement.GetProperty("sub").GetString() != userId)
            {
                return RoleRefresh.GrantRevoked;
            }

            var rotated = json.RootElement.TryGetProperty("refresh_token", out var next) ? next.GetString() : null;
            return new RoleRefresh(RoleRefreshOutcome.Refreshed, RolesOf(payload.RootElement), rotated);
        }
        catch (Exception failed) when (!cancellationToken.IsCancellationRequested && failed is HttpRequestException or JsonException
                                           or KeyNotFoundException or InvalidOperationException or FormatException or TaskCanceledException)
        {
            LogUnreachable(logger, failed);
            return RoleRefresh.Unreachable;
        }
    }

    // The token comes straight from the token endpoint, over TLS, in answer to the client's own authenticated
    // request, which OpenID Connect Core (3.1.3.7) accepts in place of checking its signature.
    private static JsonDocument IdTokenPayload(string idToken) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(idToken.Split('.')[1]));

    private IReadOnlyList<string> RolesOf(JsonElement payload) =>
        payload.TryGetProperty(auth0.Value.RolesClaim, out var roles) ? roles.ValueKind switch
        {
            JsonValueKind.Array => [.. roles.EnumerateArray().Select(role => role.GetString()).OfType<string>()],
            JsonValueKind.String => [roles.GetString()!],
            _ => [],
        } : [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Auth0 could not be asked for a user's roles; the sign-in keeps its last known roles until the next check.")]
    private static partial void LogUnreachable(ILogger logger, Exception failed);
}
