using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Catalog;

/// <summary>
/// Stock is taken when an order is created and given back when it is cancelled. Each change is one
/// conditional UPDATE, so two shoppers racing for the last unit cannot both get it, on SQLite or PostgreSQL.
/// Call inside the transaction that saves the order.
/// </summary>
public static class StockReservation
{
    /// <summary>Takes stock for every line; returns the name of the first product that has too little, or null.</summary>
    public static async Task<string?> TryReserveAsync(StoreDbContext db, IEnumerable<OrderLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            var quantity = line.Quantity;
            var reserved = await db.Products
                .Where(p => p.Id == line.ProductId && p.Stock >= quantity)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Stock, p => p.Stock - quantity), cancellationToken);
            if (reserved == 0)
            {
                return line.ProductName;
            }
        }

        return null;
    }

    public static async Task ReleaseAsync(StoreDbContext db, IEnumerable<OrderLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            var quantity = line.Quantity;
            await db.Products
                .Where(p => p.Id == line.ProductId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Stock, p => p.Stock + quantity), cancellationToken);
        }
    }
}
