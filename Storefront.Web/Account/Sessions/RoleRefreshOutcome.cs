namespace Storefront.Web.Account.Sessions;

public enum RoleRefreshOutcome
{
    /// <summary>The provider answered with the user's current roles.</summary>
    Refreshed,

    /// <summary>The provider no longer honours the sign-in (refresh token revoked, user blocked or deleted).</summary>
    GrantRevoked,

    /// <summary>The provider could not be asked; the session keeps its last known roles until the next interval.</summary>
    Unreachable,
}
