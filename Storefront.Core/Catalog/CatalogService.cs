using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog;

/// <summary>Read side of the catalog: what shoppers browse. Listings show active products only.</summary>
public sealed class CatalogService(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<IReadOnlyList<Category>> GetCategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Product>> FindProductsAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = db.Products.AsNoTracking().Include(p => p.Category).Include(p => p.Images).Where(p => p.IsActive);
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

        return await products.OrderBy(p => p.Name).AsSplitQuery().ToListAsync(cancellationToken);
    }

    /// <summary>The product at this slug, archived ones included: their page stays, saying they are no longer available.</summary>
    public async Task<Product?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().Include(p => p.Category).Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
    }

    /// <summary>The current slug of the product that used to be at <paramref name="oldSlug"/>, if any.</summary>
    public async Task<string?> FindRenamedSlugAsync(string oldSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProductSlugRedirects.Where(r => r.Slug == oldSlug)
            .Join(db.Products, r => r.ProductId, p => p.Id, (_, p) => p.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
