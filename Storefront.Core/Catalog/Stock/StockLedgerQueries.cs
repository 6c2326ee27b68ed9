using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog.Stock;

/// <summary>What the admin reads from the stock ledger.</summary>
public sealed class StockLedgerQueries(IDbContextFactory<StoreDbContext> contexts)
{
    /// <summary>A product's latest stock movements, newest first.</summary>
    public async Task<IReadOnlyList<StockLedgerEntry>> LatestAsync(int productId, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StockLedger.AsNoTracking().Where(e => e.ProductId == productId)
            .OrderByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
    }
}
