using System.Security.Claims;

namespace Storefront.Web.Account;

/// <summary>
/// Reads the claims as the identity provider named them (inbound claim mapping is off), so <c>sub</c> is the
/// stable user id whether the user signed in through Auth0 or the development page.
/// </summary>
public static class ClaimsPrincipalExtensions
{
    public static bool IsSignedIn(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static string? UserId(this ClaimsPrincipal user) => user.IsSignedIn() ? user.FindFirst("sub")?.Value : null;

    public static string? Email(this ClaimsPrincipal user) => user.IsSignedIn() ? user.FindFirst("email")?.Value : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? user.Email() ?? "Account";
}
