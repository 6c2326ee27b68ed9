using Microsoft.AspNetCore.OutputCaching;
using Storefront.Core.Catalog;

namespace Storefront.Web.Catalog.PageCache;

/// <summary>
/// Drops the cached pages a catalog notice is about, on every instance (each hears every instance's notices): a product's
/// own page and the lists, or everything for a category (every page names the categories) and for a catch-up after the
/// listener reconnected, when notices may have been missed.
/// </summary>
public sealed class CatalogCacheEviction(CatalogNotifications notices, IOutputCacheStore cache) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = notices.SubscribeToAll(EvictAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task EvictAsync(CatalogItem item, CatalogItemChange? change)
    {
        if (change is null || item.Kind == CatalogItemKind.Category)
        {
            await cache.EvictByTagAsync(CatalogCacheTags.All, CancellationToken.None);
            return;
        }

        await cache.EvictByTagAsync(CatalogCacheTags.Product(item.Id), CancellationToken.None);
        await cache.EvictByTagAsync(CatalogCacheTags.Lists, CancellationToken.None);
    }
}
