using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog.Stock;

/// <summary>
/// The one way stock moves: a conditional UPDATE by a difference, so concurrent movements (checkouts, staff, releases)
/// add up and none can take stock below zero, plus its ledger row, added to the caller's context. Call inside the
/// transaction that saves the change, so the row and the movement are both stored or neither.
/// </summary>
public static class StockMovement
{
    /// <summary>Moves the stock by <paramref name="delta"/>; null, and nothing moved, when that would leave it below zero or above the maximum.</summary>
    /// <param name="actor">The staff member who moved it; null for checkout.</param>
    /// <param name="orderNumber">The order whose checkout moved it; null for staff.</param>
    public static async Task<StockLedgerEntry?> TryMoveAsync(
        StoreDbContext db, int productId, int delta, StockReason reason, AuditActor? actor, string? orderNumber, DateTime now,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(delta);
        var target = db.Products.Where(p => p.Id == productId && p.Stock + delta >= 0);
        if (reason != StockReason.Released)
        {
            // Units given back were on the shelf before; only new units are held to the maximum.
            target = target.Where(p => p.Stock + delta <= ProductRules.MaxStock);
        }

        var moved = await target.ExecuteUpdateAsync(set => set.SetProperty(p => p.Stock, p => p.Stock + delta), cancellationToken);
        if (moved == 0)
        {
            return null;
        }

        // The UPDATE holds the row (PostgreSQL's row lock, SQLite's write lock) until the caller commits, so this reads
        // the stock this movement left, not another writer's.
        var after = await db.Products.Where(p => p.Id == productId)
            .Select(p => new { p.Stock, p.LowStockThreshold }).SingleAsync(cancellationToken);
        var crossed = after.Stock - delta > after.LowStockThreshold && after.Stock <= after.LowStockThreshold;
        var entry = new StockLedgerEntry(productId, delta, reason, after.Stock, crossed, actor, orderNumber, now)
        {
            ChangedStockLevel = StockLevel.Of(after.Stock - delta, after.LowStockThreshold) != StockLevel.Of(after.Stock, after.LowStockThreshold),
        };
        db.StockLedger.Add(entry);
        return entry;
    }
}
