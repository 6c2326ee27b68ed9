namespace Storefront.Web.Account.Sessions;

/// <summary>The <c>Auth</c> section: how soon a revoked sign-in or a removed role takes effect.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// How old a sign-in's roles may get before the store checks its session record, and asks the identity provider
    /// again, on the next request; open circuits check on the same period. Sign-out elsewhere, "sign out everywhere"
    /// and a removed role take effect within it.
    /// </summary>
    public TimeSpan RevalidateInterval { get; set; } = TimeSpan.FromMinutes(1);
}
