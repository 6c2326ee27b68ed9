using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog;

/// <summary>
/// Read side of the catalog: what shoppers browse, from the <see cref="CatalogSnapshot"/>. Listings show active
/// products only. The objects returned are shared by every reader and must not be changed.
/// </summary>
public sealed class CatalogService(IDbContextFactory<StoreDbContext> contexts, CatalogSnapshot snapshot)
{
    public async Task<IReadOnlyList<Category>> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        (await snapshot.GetAsync(cancellationToken)).Categories;

    public async Task<IReadOnlyList<Product>> FindProductsAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        IEnumerable<Product> products = (await snapshot.GetAsync(cancellationToken)).Products;
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            products = products.Where(p => p.Category.Slug == query.Category);
        }

        if (query.NormalizedSearch is { } search)
        {
            products = products.Where(p => p.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        }

        return [.. products];
    }

    /// <summary>The product at this slug, archived ones included: their page stays, saying they are no longer available.</summary>
    public async Task<Product?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        if ((await snapshot.GetAsync(cancellationToken)).ActiveProduct(slug) is { } active)
        {
            return active;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().Include(p => p.Category).Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Slug == slug && !p.IsActive, cancellationToken);
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
