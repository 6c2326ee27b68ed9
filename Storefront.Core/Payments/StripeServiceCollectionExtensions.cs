using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Storefront.Core.Payments;

public static class StripeServiceCollectionExtensions
{
    /// <summary>Binds and validates the <c>Stripe</c> section at start-up, filling in the default mode and its read limit.</summary>
    public static IServiceCollection AddStripeOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StripeOptions>()
            .Bind(configuration.GetSection(StripeOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (string.IsNullOrWhiteSpace(options.Mode))
                {
                    options.Mode = StripeOptions.DefaultMode(environment.IsDevelopment(), options.SecretKey).ToString();
                }

                options.ReadsPerSecond ??= options.ParsedMode == StripeMode.Live ? StripeOptions.LiveReadsPerSecond : null;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StripeOptions>, StripeOptionsValidator>();
        return services;
    }
}
