using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Storefront.Web.Catalog.PageCache;

public static class PageCacheHostingExtensions
{
    /// <summary>The output cache for catalog pages, and the eviction that follows catalog notices.</summary>
    public static IServiceCollection AddCatalogPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PageCacheOptions>()
            .Bind(configuration.GetSection(PageCacheOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PageCacheOptions>, PageCacheOptionsValidator>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>()
            .Configure<IOptions<PageCacheOptions>>((cache, pages) => cache.AddPolicy(CatalogPagePolicy.Name, new CatalogPagePolicy(pages)));
        services.AddHostedService<CatalogCacheEviction>();

        services.AddAntiforgery();
        var antiforgery = services.Single(service => service.ServiceType == typeof(IAntiforgery));
        services.Remove(antiforgery);
        services.AddSingleton<IAntiforgery>(provider => new SharedPageAntiforgery(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, antiforgery.ImplementationType!),
            provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));
        return services;
    }
}
