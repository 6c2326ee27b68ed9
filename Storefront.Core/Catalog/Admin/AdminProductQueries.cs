using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog.Admin;

/// <summary>The product list and one product's editing view, for staff: archived products included.</summary>
public sealed class AdminProductQueries(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<AdminProductPage> ListAsync(AdminProductFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = Matching(db.Products.AsNoTracking(), filter);
        var total = await matching.CountAsync(cancellationToken);
        var page = new AdminProductPage([], 1, total);
        page = page with { Page = Math.Clamp(filter.Page, 1, page.PageCount) };
        var rows = await Sorted(matching, filter.Sort)
            .Skip((page.Page - 1) * AdminProductFilter.PageSize).Take(AdminProductFilter.PageSize)
            .Select(p => new AdminProductRow(
                p.Id, p.Name, p.Slug, p.Sku, p.Category.Name, p.UnitPrice, p.CompareAtPrice, p.Stock, p.LowStockThreshold, p.IsActive))
            .ToListAsync(cancellationToken);
        return page with { Rows = rows };
    }

    /// <summary>Every product the filter matches, in its order, read as it is written out: the page does not apply.</summary>
    public async IAsyncEnumerable<ProductExportRow> ExportAsync(
        AdminProductFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Sorted(Matching(db.Products.AsNoTracking(), filter), filter.Sort)
            .Select(p => new ProductExportRow(
                p.Sku, p.Slug, p.Name, p.Description, p.UnitPrice, p.CompareAtPrice, p.Category.Slug, p.IsActive, p.Stock, p.LowStockThreshold))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public async Task<Product?> GetAsync(int productId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().Include(p => p.Category).Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);
    }

    /// <summary>Every category in the shop's order, with how many products (archived included) each holds.</summary>
    public async Task<IReadOnlyList<(Category Category, int Products)>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var counts = await db.Products.GroupBy(p => p.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. categories.Select(c => (c, counts.GetValueOrDefault(c.Id)))];
    }

    private static IQueryable<Product> Matching(IQueryable<Product> products, AdminProductFilter filter)
    {
        if (filter.Search is { Length: > 0 } search)
        {
            // Lower-casing both sides gives the same case-insensitive match on SQLite and PostgreSQL.
            var term = search.Trim().ToLowerInvariant();
            products = products.Where(p => p.Name.ToLower().Contains(term) || (p.Sku != null && p.Sku.ToLower().StartsWith(term)));
        }

        if (filter.CategorySlug is { Length: > 0 } category)
        {
            products = products.Where(p => p.Category.Slug == category);
        }

        products = filter.Status switch
        {
            ProductStatusFilter.Active => products.Where(p => p.IsActive),
            ProductStatusFilter.Archived => products.Where(p => !p.IsActive),
            _ => products,
        };
        return filter.Stock switch
        {
            StockFilter.Low => products.Where(p => p.Stock > 0 && p.Stock <= p.LowStockThreshold),
            StockFilter.Out => products.Where(p => p.Stock == 0),
            _ => products,
        };
    }

    private static IQueryable<Product> Sorted(IQueryable<Product> products, AdminProductSort sort) => sort switch
    {
        AdminProductSort.Newest => products.OrderByDescending(p => p.Id),
        AdminProductSort.PriceLowest => products.OrderBy(p => p.UnitPrice).ThenBy(p => p.Id),
        AdminProductSort.PriceHighest => products.OrderByDescending(p => p.UnitPrice).ThenBy(p => p.Id),
        AdminProductSort.StockLowest => products.OrderBy(p => p.Stock).ThenBy(p => p.Id),
        _ => products.OrderBy(p => p.Name).ThenBy(p => p.Id),
    };
}
