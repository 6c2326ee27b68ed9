using Microsoft.AspNetCore.DataProtection;

namespace Storefront.Web.Account.Sessions;

/// <summary>
/// The refresh token is stored encrypted with the store's Data Protection key ring (shared by every instance), so a
/// copy of the database alone cannot act as the user at the identity provider.
/// </summary>
public sealed class ProviderGrantProtector(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Storefront.SignInSessions.ProviderGrant");

    public string? Protect(string? grant) => string.IsNullOrEmpty(grant) ? null : _protector.Protect(grant);

    /// <summary>False when the key ring no longer holds the key: the grant is then as good as revoked.</summary>
    public bool TryUnprotect(string stored, out string grant)
    {
        try
        {
            grant = _protector.Unprotect(stored);
            return true;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            grant = "";
            return false;
        }
    }
}
