using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Catalog.Csv;
using Storefront.Core.Catalog.Images;
using Storefront.Core.Catalog.Stock;

namespace Storefront.Core.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>The shop's catalog, and staff's editors of it with the image store under <c>Catalog:MediaPath</c>.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<CatalogOptions>()
            .Bind(configuration.GetSection(CatalogOptions.Section))
            .PostConfigure(options =>
            {
                if (!string.IsNullOrWhiteSpace(options.MediaPath))
                {
                    options.MediaPath = Path.Combine(contentRoot, options.MediaPath);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CatalogOptions>, CatalogOptionsValidator>();
        services.AddSingleton<CatalogSnapshot>();
        services.AddSingleton<CatalogService>();
        services.AddSingleton<CatalogSitemap>();
        services.AddSingleton<ProductImageProcessor>();
        services.AddSingleton<ProductEditor>();
        services.AddSingleton<ProductImageEditor>();
        services.AddSingleton<CategoryEditor>();
        services.AddSingleton<StockAdjuster>();
        services.AddSingleton<LowStockAlerts>();
        services.AddSingleton<LowStockEmailRenderer>();
        services.AddSingleton<StockLedgerQueries>();
        services.AddSingleton<AdminProductQueries>();
        services.AddSingleton<ProductImporter>();
        services.AddAudit();
        return services;
    }
}
