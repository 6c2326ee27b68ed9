using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog;

/// <summary>
/// The pages the shop offers search engines: the catalog, each category with an active product and each active
/// product. A category's page changes when one of its products does, so its date is its newest product's.
/// </summary>
public sealed class CatalogSitemap(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<IReadOnlyList<SitemapEntry>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = await db.Products.AsNoTracking().Where(p => p.IsActive)
            .OrderBy(p => p.Slug).Select(p => new { p.Slug, CategorySlug = p.Category.Slug, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        if (products.Count == 0)
        {
            return [];
        }

        var categories = products.GroupBy(p => p.CategorySlug).OrderBy(g => g.Key)
            .Select(g => new SitemapEntry(CatalogPaths.Category(g.Key), Utc(g.Max(p => p.UpdatedAt))));
        return
        [
            new SitemapEntry(CatalogPaths.Home, Utc(products.Max(p => p.UpdatedAt))),
            .. categories,
            .. products.Select(p => new SitemapEntry(CatalogPaths.Product(p.Slug), Utc(p.UpdatedAt))),
        ];
    }

    // SQLite hands dates back without a kind; the store writes them all in UTC.
    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);
}
