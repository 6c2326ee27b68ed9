using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Storefront.Core.Data;

/// <summary>
/// One conditional UPDATE (a claim, a lease, a recorded outcome) in a transaction of its own, so that on SQLite it
/// takes its turn at the writers' gate like every other write.
/// </summary>
public static class GatedUpdate
{
    /// <returns>How many rows the UPDATE changed.</returns>
    public static async Task<int> ExecuteAsync<TEntity>(
        IDbContextFactory<StoreDbContext> contexts,
        Func<StoreDbContext, IQueryable<TEntity>> select,
        Action<UpdateSettersBuilder<TEntity>> set,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await select(db).ExecuteUpdateAsync(set, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }
}
