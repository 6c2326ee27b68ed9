namespace Storefront.Web.Account.Sessions;

/// <summary>The identity provider's answer when asked again for a user's roles.</summary>
public sealed record RoleRefresh(RoleRefreshOutcome Outcome, IReadOnlyList<string> Roles, string? RotatedGrant)
{
    public static RoleRefresh GrantRevoked { get; } = new(RoleRefreshOutcome.GrantRevoked, [], null);

    public static RoleRefresh Unreachable { get; } = new(RoleRefreshOutcome.Unreachable, [], null);
}

public enum RoleRefreshOutcome
{
    /// <summary>The provider answered with the user's current roles.</summary>
    Refreshed,

    /// <summary>The provider no longer honours the sign-in (refresh token revoked, user blocked or deleted).</summary>
    GrantRevoked,

    /// <summary>The provider could not be asked; the session keeps its last known roles until the next interval.</summary>
    Unreachable,
}
