using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Catalog;

/// <summary>
/// Stock is taken when an order is created and given back when it is cancelled, each line a <see cref="StockMovement"/>
/// (ledger reasons "sale" and "released"), so two shoppers racing for the last unit cannot both get it, on SQLite or
/// PostgreSQL. Call inside the transaction that saves the order.
/// </summary>
public static class StockReservation
{
    /// <summary>Takes stock for every line; returns the name of the first product that has too little, or null.</summary>
    public static async Task<string?> TryReserveAsync(StoreDbContext db, Order order, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var line in order.Lines)
        {
            if (await StockMovement.TryMoveAsync(db, line.ProductId, -line.Quantity, StockReason.Sale, null, order.Number, now, cancellationToken) is null)
            {
                return line.ProductName;
            }
        }

        return null;
    }

    public static async Task ReleaseAsync(StoreDbContext db, Order order, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var line in order.Lines)
        {
            await StockMovement.TryMoveAsync(db, line.ProductId, line.Quantity, StockReason.Released, null, order.Number, now, cancellationToken);
        }
    }
}
