using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Storefront.Web.DataProtection;

/// <summary>Refuses start-up naming the <c>DataProtection</c> setting that is wrong, before any key is written.</summary>
public sealed class KeyRingOptionsValidator : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ApplicationName))
        {
            return ValidateOptionsResult.Fail("DataProtection:ApplicationName must not be empty: every instance of the store must share one.");
        }

        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return ValidateOptionsResult.Success;
        }

        if (!File.Exists(options.CertificatePath))
        {
            return ValidateOptionsResult.Fail($"DataProtection:CertificatePath names no file ('{options.CertificatePath}').");
        }

        try
        {
            using var certificate = KeyRingCertificate.Load(options);
            return certificate.HasPrivateKey
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"DataProtection:CertificatePath ('{options.CertificatePath}') has no private key, so keys it encrypts could not be read back.");
        }
        catch (CryptographicException error)
        {
            return ValidateOptionsResult.Fail(
                $"DataProtection:CertificatePath ('{options.CertificatePath}') cannot be read with DataProtection:CertificatePassword: {error.Message}");
        }
    }
}
