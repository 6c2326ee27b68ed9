using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The stand-in's slice of Auth0's Management API (<c>tools/oidc-provider/management.js</c>): a test that changes a
/// user's roles makes a user of its own, so no other test's sign-in sees the change.
/// </summary>
public static class OidcUsers
{
    private static readonly HttpClient Http = new();

    public static async Task<OidcAccount> CreateAsync(params string[] roles)
    {
        var email = $"user-{Guid.NewGuid():N}@example.test";
        var created = await SendAsync(HttpMethod.Post, "api/v2/users", new JsonObject
        {
            ["email"] = email,
            ["password"] = "test-user-password",
            ["name"] = "Tess Temporary",
            ["roles"] = new JsonArray([.. roles.Select(role => JsonValue.Create(role))]),
        });
        return new OidcAccount(created!["user_id"]!.GetValue<string>(), email, "test-user-password", "Tess Temporary", roles);
    }

    /// <summary>Takes roles away at the provider, as staff would in Auth0's dashboard.</summary>
    public static Task RemoveRolesAsync(OidcAccount account, params string[] roles) =>
        SendAsync(HttpMethod.Delete, $"api/v2/users/{Uri.EscapeDataString(account.Sub)}/roles", new JsonObject
        {
            ["roles"] = new JsonArray([.. roles.Select(role => JsonValue.Create(role))]),
        });

    /// <summary>Deletes the user at the provider; their refresh tokens then answer <c>invalid_grant</c>.</summary>
    public static Task DeleteAsync(OidcAccount account) =>
        SendAsync(HttpMethod.Delete, $"api/v2/users/{Uri.EscapeDataString(account.Sub)}", null);

    private static async Task<JsonObject?> SendAsync(HttpMethod method, string path, JsonObject? body)
    {
        var tenant = await OidcTenant.Shared;
        using var request = new HttpRequestMessage(method, new Uri(tenant.Issuer, path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenant.RegistrationToken);
        using var response = await Http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"oidc-provider answered {method} {path} with {(int)response.StatusCode}: {answer}\n{tenant.Output}");
        }

        return answer.Length == 0 ? null : JsonNode.Parse(answer)!.AsObject();
    }
}
