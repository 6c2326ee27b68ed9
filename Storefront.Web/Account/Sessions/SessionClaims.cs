using System.Security.Claims;

namespace Storefront.Web.Account.Sessions;

/// <summary>The sign-in session's id in the cookie's principal, and the roles the principal carries.</summary>
public static class SessionClaims
{
    /// <summary>Not <c>sid</c>: that is the identity provider's own session id, which its ID tokens may carry.</summary>
    public const string SessionIdType = "storefront_session";

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(SessionIdType)?.Value, out var id) ? id : null;

    public static IReadOnlyList<string> Roles(this ClaimsPrincipal user) =>
        [.. user.Identities.SelectMany(identity => identity.FindAll(identity.RoleClaimType)).Select(claim => claim.Value).Distinct()];

    /// <summary>The same user with <paramref name="roles"/> instead of the ones they signed in with.</summary>
    public static ClaimsPrincipal WithRoles(this ClaimsPrincipal user, IReadOnlyList<string> roles)
    {
        var identity = ((ClaimsIdentity)user.Identity!).Clone();
        foreach (var stale in identity.FindAll(identity.RoleClaimType).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaims(roles.Select(role => new Claim(identity.RoleClaimType, role)));
        return new ClaimsPrincipal(identity);
    }

    public static bool HasSameRoles(this ClaimsPrincipal user, IReadOnlyList<string> roles) =>
        user.Roles().ToHashSet(StringComparer.Ordinal).SetEquals(roles);
}
