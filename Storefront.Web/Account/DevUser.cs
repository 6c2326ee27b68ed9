using System.Security.Claims;

namespace Storefront.Web.Account;

/// <summary>The accounts the development sign-in page offers; they exist only on a Development machine without Auth0.</summary>
public sealed record DevUser(string Key, string UserId, string Name, string Email, IReadOnlyList<string> Roles)
{
    public static readonly DevUser Shopper = new("shopper", "dev|shopper", "Dev Shopper", "shopper@example.test", []);

    public static readonly DevUser Admin = new("admin", "dev|admin", "Dev Admin", "admin@example.test", [StorefrontRoles.Admin]);

    public static IReadOnlyList<DevUser> All { get; } = [Shopper, Admin];

    public static DevUser? Find(string? key) => All.FirstOrDefault(user => user.Key == key);

    /// <summary>The same claims, under the same names, as an Auth0 ID token would carry.</summary>
    public ClaimsPrincipal ToPrincipal(string rolesClaim)
    {
        var claims = new List<Claim> { new("sub", UserId), new("name", Name), new("email", Email) };
        claims.AddRange(Roles.Select(role => new Claim(rolesClaim, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Development", "name", rolesClaim));
    }
}
