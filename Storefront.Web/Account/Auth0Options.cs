namespace Storefront.Web.Account;

/// <summary>
/// The <c>Auth0</c> section. Sign-in goes through the tenant's OpenID Connect endpoints; with nothing set, a
/// Development machine gets the development sign-in page instead.
/// </summary>
public sealed class Auth0Options
{
    public const string Section = "Auth0";

    /// <summary>The tenant's domain, e.g. <c>storefront.eu.auth0.com</c>.</summary>
    public string? Domain { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>An API identifier, when the shop also calls an API that expects Auth0 access tokens.</summary>
    public string? Audience { get; set; }

    /// <summary>The ID token claim that lists the user's roles; an Auth0 post-login Action adds it, namespaced.</summary>
    public string RolesClaim { get; set; } = "https://storefront/roles";

    /// <summary>
    /// Overrides <c>https://{Domain}/</c>. Only for tests against a loopback provider: plain http is accepted
    /// only for loopback addresses.
    /// </summary>
    public string? Authority { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Domain) || !string.IsNullOrWhiteSpace(Authority);

    public string EffectiveAuthority => string.IsNullOrWhiteSpace(Authority) ? $"https://{Domain}/" : Authority;

    /// <summary>Auth0's logout endpoint, which ends the tenant's session and sends the browser back to us.</summary>
    public string LogoutUrl(string returnTo) =>
        $"{EffectiveAuthority.TrimEnd('/')}/v2/logout?client_id={Uri.EscapeDataString(ClientId ?? "")}&returnTo={Uri.EscapeDataString(returnTo)}";
}
