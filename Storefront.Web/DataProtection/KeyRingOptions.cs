namespace Storefront.Web.DataProtection;

/// <summary>
/// The <c>DataProtection</c> section: the key ring that protects sign-in cookies, antiforgery tokens and component
/// state. The keys live in the store's database, so every instance and every restart share them.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>Isolates this store's payloads from other apps that might share the database; every instance must agree.</summary>
    public string ApplicationName { get; set; } = "Storefront";

    /// <summary>A PFX file whose certificate encrypts the keys at rest; without it the keys are stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
