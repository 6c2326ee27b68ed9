using Microsoft.Extensions.DependencyInjection;

namespace Storefront.Core.Catalog;

public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) =>
        services.AddSingleton<CatalogService>().AddSingleton<CatalogSitemap>();
}
