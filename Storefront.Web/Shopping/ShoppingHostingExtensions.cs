using Microsoft.Extensions.Options;

namespace Storefront.Web.Shopping;

public static class ShoppingHostingExtensions
{
    /// <summary>The shopper actions and the per-client rate limits they apply.</summary>
    public static IServiceCollection AddShopperActions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddSingleton<ShopperRateLimiter>();
        services.AddSingleton<ShopperActions>();
        return services;
    }
}
