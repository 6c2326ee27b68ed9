using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog.Stock;

/// <summary>
/// Staff's stock adjustments: a signed quantity and a reason, written as a ledger row and an audit entry in the
/// transaction of the conditional UPDATE, so an adjustment racing checkouts neither loses nor invents a unit.
/// </summary>
public sealed class StockAdjuster(IDbContextFactory<StoreDbContext> contexts, AuditLog audit, LowStockAlerts lowStock, CatalogNotifications catalog)
{
    public async Task<StockLedgerEntry> AdjustAsync(AuditActor actor, int productId, string? quantity, StockReason reason, CancellationToken cancellationToken = default)
    {
        var delta = Parse(quantity, reason);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Products.AnyAsync(p => p.Id == productId, cancellationToken))
        {
            throw new CatalogEditException($"There is no product {productId}.");
        }

        var moved = await TryMoveAsync(db, actor, productId, delta, reason, cancellationToken);
        if (moved is null)
        {
            var stock = await db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync(cancellationToken);
            throw new CatalogEditException(
                $"The stock is {stock}; {delta.ToString("+#;-#", CultureInfo.InvariantCulture)} would take it below 0 or above {ProductRules.MaxStock}. Nothing was changed.");
        }

        var alerts = await lowStock.QueueForChangesAsync(db, audit.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (alerts > 0)
        {
            lowStock.NotifySender();
        }

        await catalog.PublishAsync(CatalogItem.ForProduct(productId), CatalogItemChange.Changed, cancellationToken);
        return moved;
    }

    /// <summary>Moves the stock and audits it in <paramref name="db"/>'s transaction; null, and nothing moved, when refused.</summary>
    internal async Task<StockLedgerEntry?> TryMoveAsync(
        StoreDbContext db, AuditActor actor, int productId, int delta, StockReason reason, CancellationToken cancellationToken)
    {
        var moved = await StockMovement.TryMoveAsync(db, productId, delta, reason, actor, null, audit.Now, cancellationToken);
        if (moved is not null)
        {
            audit.Record(db, actor, AuditActions.StockAdjust, AuditTarget.Product(productId),
                new { Stock = moved.StockBefore }, new { Stock = moved.StockAfter, moved.Delta, moved.Reason });
        }

        return moved;
    }

    private static int Parse(string? quantity, StockReason reason)
    {
        if (!StockReasons.StaffChoices.Contains(reason))
        {
            throw new CatalogEditException($"Choose a reason: {string.Join(", ", StockReasons.StaffChoices.Select(StockReasons.For))}.");
        }

        var text = quantity?.Trim().Replace('−', '-') ?? "";
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var delta) || delta == 0
            || Math.Abs((long)delta) > ProductRules.MaxStock)
        {
            throw new CatalogEditException(
                $"Enter the units to add (such as 5) or take away (such as -2), not 0 and at most {ProductRules.MaxStock} (it is “{quantity?.Trim()}”).");
        }

        return (reason, delta) switch
        {
            (StockReason.Received, < 0) => throw new CatalogEditException("Received units are added: enter a positive quantity, such as 5."),
            (StockReason.Damaged, > 0) => throw new CatalogEditException("Damaged units are taken away: enter a negative quantity, such as -2."),
            _ => delta,
        };
    }
}
