using System.Text.Json;

namespace Storefront.Tests.Infrastructure;

/// <summary>A test account of the local OIDC provider, read from the same <c>accounts.json</c> the provider serves.</summary>
public sealed record OidcAccount(string Sub, string Email, string Password, string Name, IReadOnlyList<string> Roles)
{
    private static readonly Lazy<IReadOnlyList<OidcAccount>> Loaded = new(Load);

    public static IReadOnlyList<OidcAccount> All => Loaded.Value;

    public static OidcAccount Shopper => ByEmail("shopper@example.test");

    public static OidcAccount OtherShopper => ByEmail("other@example.test");

    public static OidcAccount Admin => ByEmail("admin@example.test");

    private static OidcAccount ByEmail(string email) => All.Single(account => account.Email == email);

    private static IReadOnlyList<OidcAccount> Load() =>
        JsonSerializer.Deserialize<List<OidcAccount>>(
            File.ReadAllText(Path.Combine(OidcTenant.ToolDirectory, "accounts.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
