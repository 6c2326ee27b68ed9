using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;

namespace Storefront.Web.DataProtection;

public static class DataProtectionHostingExtensions
{
    /// <summary>
    /// Keeps the Data Protection key ring in the store's database under one application name. Without it each
    /// machine (and each redeploy into a fresh container) makes keys of its own and refuses the others' cookies.
    /// </summary>
    public static WebApplicationBuilder AddStoreDataProtection(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(KeyRingOptions.Section);
        builder.Services.AddOptions<KeyRingOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();

        var options = section.Get<KeyRingOptions>() ?? new KeyRingOptions();
        var dataProtection = builder.Services.AddDataProtection().PersistKeysToDbContext<StoreDbContext>();

        // An empty name, or a certificate that cannot be read, is reported by the validator at start-up, naming the setting.
        if (!string.IsNullOrWhiteSpace(options.ApplicationName))
        {
            dataProtection.SetApplicationName(options.ApplicationName);
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath) && new KeyRingOptionsValidator().Validate(null, options).Succeeded)
        {
            dataProtection.ProtectKeysWithCertificate(KeyRingCertificate.Load(options));
        }

        return builder;
    }
}
