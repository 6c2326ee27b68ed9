using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog;

/// <summary>Read side of the catalog: what shoppers browse. Only active products are ever shown.</summary>
public sealed class CatalogService(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<IReadOnlyList<Category>> GetCategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Product>> FindProductsAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = db.Products.AsNoTracking().Include(p => p.Category).Where(p => p.IsActive);
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            products = products.Where(p => p.Category.Slug == query.Category);
        }

        if (query.NormalizedSearch is { } search)
        {
            // Lower-casing both sides gives the same case-insensitive match on SQLite and PostgreSQL.
            var term = search.ToLowerInvariant();
            products = products.Where(p => p.Name.ToLower().Contains(term));
        }

        return await products.OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    public async Task<Product?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().Include(p => p.Category)
            .FirstOrDefaultAsync(p => p.Slug == slug && p.IsActive, cancellationToken);
    }
}
