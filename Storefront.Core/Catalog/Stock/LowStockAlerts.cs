using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Notifications;

namespace Storefront.Core.Catalog.Stock;

/// <summary>
/// One email to <c>Email:AdminNotify</c> each time a product's stock crosses its low-stock threshold, queued in the
/// outbox in the transaction of the movement that crossed it. Nothing is queued when the setting is empty.
/// </summary>
public sealed class LowStockAlerts(LowStockEmailRenderer renderer, IOptions<EmailOptions> email, OutboxSignal signal)
{
    /// <summary>Queues the notices for the stock movements <paramref name="db"/> is about to save; call before it saves.</summary>
    /// <returns>How many were queued; call <see cref="NotifySender"/> once they are committed.</returns>
    public async Task<int> QueueForChangesAsync(StoreDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (email.Value.AdminNotify is not { Length: > 0 } shop)
        {
            return 0;
        }

        var crossings = db.ChangeTracker.Entries<StockLedgerEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.CrossedLowStock).Select(e => e.Entity).ToList();
        foreach (var crossing in crossings)
        {
            var product = await db.Products.AsNoTracking().Where(p => p.Id == crossing.ProductId)
                .Select(p => new { p.Name, p.LowStockThreshold }).SingleAsync(cancellationToken);
            var sequence = 1 + (await db.OutboxMessages.Where(m => m.ProductId == crossing.ProductId && m.Kind == EmailKind.LowStock)
                .MaxAsync(m => (int?)m.Sequence, cancellationToken) ?? 0);
            db.OutboxMessages.Add(OutboxMessage.ForProduct(crossing.ProductId, EmailKind.LowStock, sequence, shop,
                renderer.Render(crossing.ProductId, product.Name, crossing, product.LowStockThreshold), now));
        }

        return crossings.Count;
    }

    public void NotifySender() => signal.Notify();
}
