namespace Storefront.Web.Account.Sessions;

/// <summary>The identity provider's answer when asked again for a user's roles.</summary>
public sealed record RoleRefresh(RoleRefreshOutcome Outcome, IReadOnlyList<string> Roles, string? RotatedGrant)
{
    public static RoleRefresh GrantRevoked { get; } = new(RoleRefreshOutcome.GrantRevoked, [], null);

    public static RoleRefresh Unreachable { get; } = new(RoleRefreshOutcome.Unreachable, [], null);
}
