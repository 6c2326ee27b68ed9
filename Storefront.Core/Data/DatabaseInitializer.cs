using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Storefront.Core.Catalog;
using Storefront.Core.Store;

namespace Storefront.Core.Data;

/// <summary>
/// Brings the database up to the latest migration before the app serves anything, then seeds the demo
/// catalog where configured. Migrations, never <c>EnsureCreated</c>, so a production database can follow.
/// On SQLite this happens under <see cref="SqliteMigrationLock"/>, so a start killed half-way never blocks the next.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<StoreDbContext> contexts,
    IOptions<DatabaseOptions> database,
    IOptions<StoreOptions> store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var sqlite = database.Value.ParsedProvider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            Directory.CreateDirectory(database.Value.DataDirectory);
        }

        await using var migrationLock = sqlite ? await SqliteMigrationLock.AcquireAsync(database.Value.EffectiveConnectionString, cancellationToken) : null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (migrationLock is not null)
        {
            await SqliteMigrationLock.RemoveStaleEfLockAsync(db.Database, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (sqlite)
        {
            // Write-ahead logging lets readers work while a writer commits; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (store.Value.SeedDemoCatalog)
        {
            await DemoCatalog.SeedAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
