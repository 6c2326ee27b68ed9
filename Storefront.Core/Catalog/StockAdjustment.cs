using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog;

/// <summary>
/// Staff's changes to stock, as a difference applied in one conditional UPDATE, like checkout's reservations: an
/// adjustment racing a reservation can neither undo the reservation nor take stock below zero.
/// </summary>
public static class StockAdjustment
{
    /// <summary>Adds <paramref name="delta"/> (negative to remove) units; false, and nothing changed, when that would go below zero.</summary>
    public static async Task<bool> TryApplyAsync(StoreDbContext db, int productId, int delta, CancellationToken cancellationToken)
    {
        if (delta == 0)
        {
            return true;
        }

        var applied = await db.Products
            .Where(p => p.Id == productId && p.Stock + delta >= 0 && p.Stock + delta <= ProductRules.MaxStock)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Stock, p => p.Stock + delta), cancellationToken);
        return applied == 1;
    }
}
