using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Checkout;

/// <summary>
/// A checkout holds its stock until it is paid or given up, and anyone can start one. These caps keep one cart,
/// or one client address with many fresh carts, from holding the catalog: call them inside the order's transaction
/// after its stock is reserved, so checkouts racing for the same product have queued on its row and see each other.
/// </summary>
internal static class HoldLimits
{
    public static async Task ThrowIfExceededAsync(StoreDbContext db, Order order, CheckoutOptions options, CancellationToken cancellationToken)
    {
        var units = order.Lines.Sum(line => line.Quantity);
        if (units > options.MaxUnitsPerCart || (order.ClientAddress is { } address &&
            units + await HeldFromAsync(db, address, cancellationToken) > options.MaxUnitsPerClient))
        {
            throw new CheckoutException(CheckoutProblem.HoldLimit, CheckoutMessages.For(CheckoutProblem.HoldLimit));
        }
    }

    private static Task<int> HeldFromAsync(StoreDbContext db, string address, CancellationToken cancellationToken) =>
        db.Orders
            .Where(o => o.ClientAddress == address &&
                        (o.Status == OrderStatus.Created || o.Status == OrderStatus.AwaitingPayment || o.Status == OrderStatus.PaymentFailed))
            .SelectMany(o => o.Lines)
            .SumAsync(line => line.Quantity, cancellationToken);
}
