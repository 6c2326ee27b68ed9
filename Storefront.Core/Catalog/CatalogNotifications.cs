using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.LiveUpdates;

namespace Storefront.Core.Catalog;

/// <summary>
/// A product or category that changed, for whatever holds a copy of the catalog (a page cache) to drop it, on
/// every instance. An every-key subscriber that hears <c>null</c> should drop all of it.
/// </summary>
public sealed class CatalogNotifications : Broadcast<CatalogItem, CatalogItemChange>
{
    public const string ChannelName = "storefront_catalog";

    /// <summary>In process only, for a single instance (and unit tests).</summary>
    public CatalogNotifications()
        : base(ChannelName, relay: null)
    {
    }

    public CatalogNotifications(NoticeRelay relay)
        : base(ChannelName, relay)
    {
    }

    /// <summary>
    /// The products whose <see cref="StockLevel"/> the stock movements <paramref name="db"/> is about to save change; read
    /// before it saves, and announce with <see cref="PublishProductsAsync"/> once committed. Checkout's sales and releases
    /// announce only these, so a busy shop does not empty the page cache with every order.
    /// </summary>
    public static IReadOnlyList<int> StockLevelsChanging(StoreDbContext db) =>
        db.ChangeTracker.Entries<StockLedgerEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.ChangedStockLevel)
            .Select(e => e.Entity.ProductId).Distinct().ToList();

    public async Task PublishProductsAsync(IEnumerable<int> productIds, CancellationToken cancellationToken = default)
    {
        foreach (var productId in productIds)
        {
            await PublishAsync(CatalogItem.ForProduct(productId), CatalogItemChange.Changed, cancellationToken);
        }
    }
}
