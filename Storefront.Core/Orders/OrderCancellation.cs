using Storefront.Core.Catalog;
using Storefront.Core.Data;

namespace Storefront.Core.Orders;

public static class OrderCancellation
{
    /// <summary>Cancels an open order and gives its reserved stock back; call inside the transaction that saves it.</summary>
    public static async Task CancelAsync(StoreDbContext db, Order order, DateTime now, CancellationToken cancellationToken)
    {
        order.Cancel(now);
        await StockReservation.ReleaseAsync(db, order, now, cancellationToken);
    }
}
