using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog;

/// <summary>
/// The browsable catalog held in memory, so that rendering a catalog page the page cache does not hold reads no
/// database. Any catalog notice drops it (on every instance, as the page cache is evicted), and the next reader loads
/// it again in one go; the notices' catch-up after a lost connection drops it too. A stock movement that leaves every
/// product's <see cref="StockLevel"/> as it was announces nothing, which is right, because pages show only the level.
/// </summary>
public sealed class CatalogSnapshot : IDisposable
{
    private readonly IDbContextFactory<StoreDbContext> _contexts;
    private readonly IDisposable _subscription;
    private Task<CatalogContents>? _current;

    public CatalogSnapshot(IDbContextFactory<StoreDbContext> contexts, CatalogNotifications notices)
    {
        _contexts = contexts;
        _subscription = notices.SubscribeToAll((_, _) =>
        {
            Volatile.Write(ref _current, null);
            return Task.CompletedTask;
        });
    }

    public Task<CatalogContents> GetAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current is not null && !current.IsFaulted && !current.IsCanceled)
            {
                return current.WaitAsync(cancellationToken);
            }

            // Published before it reads, so a notice that arrives while it reads drops it; a load published after the
            // notice could hold what the change replaced until the next one.
            var loading = new TaskCompletionSource<CatalogContents>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (Interlocked.CompareExchange(ref _current, loading.Task, current) == current)
            {
                _ = FillAsync(loading);
                return loading.Task.WaitAsync(cancellationToken);
            }
        }
    }

    public void Dispose() => _subscription.Dispose();

    // Not cancelled with the first reader's request: every reader waiting on it shares the load.
    private async Task FillAsync(TaskCompletionSource<CatalogContents> loading)
    {
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(CancellationToken.None);
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync();
            var products = await db.Products.AsNoTracking().Include(p => p.Category).Include(p => p.Images)
                .Where(p => p.IsActive).AsSplitQuery().ToListAsync();
            loading.SetResult(new CatalogContents(categories, [.. products.OrderBy(p => p.Name, StringComparer.Ordinal)]));
        }
        catch (Exception error)
        {
            loading.SetException(error);
        }
    }
}
