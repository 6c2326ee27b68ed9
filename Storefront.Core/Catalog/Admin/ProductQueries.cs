using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog.Admin;

internal static class ProductQueries
{
    /// <summary>A tracked product with its category and images, for a staff action; a missing one is refused by name.</summary>
    public static async Task<Product> LoadForEditAsync(StoreDbContext db, int productId, CancellationToken cancellationToken) =>
        await db.Products.Include(p => p.Category).Include(p => p.Images).FirstOrDefaultAsync(p => p.Id == productId, cancellationToken)
        ?? throw new CatalogEditException($"There is no product {productId}.");
}
