using System.Security.Cryptography.X509Certificates;

namespace Storefront.Web.DataProtection;

internal static class KeyRingCertificate
{
    public static X509Certificate2 Load(KeyRingOptions options) =>
        X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
}
