using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Storefront.Core.Store;

public static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddStoreOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (string.IsNullOrWhiteSpace(options.PublicUrl) && environment.IsDevelopment())
                {
                    options.PublicUrl = StoreOptions.DevelopmentPublicUrl;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
