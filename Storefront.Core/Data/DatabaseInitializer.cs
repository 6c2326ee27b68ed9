using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Storefront.Core.Catalog;
using Storefront.Core.Store;

namespace Storefront.Core.Data;

/// <summary>
/// Brings the database up to the latest migration before the app serves anything, then seeds the demo
/// catalog where configured. Migrations, never <c>EnsureCreated</c>, so a production database can follow.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<StoreDbContext> contexts,
    IOptions<DatabaseOptions> database,
    IOptions<StoreOptions> store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.ParsedProvider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(database.Value.DataDirectory);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (database.Value.ParsedProvider == DatabaseProvider.Sqlite)
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
