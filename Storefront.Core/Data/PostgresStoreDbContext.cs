using Microsoft.EntityFrameworkCore;
using Storefront.Core.Orders;

namespace Storefront.Core.Data;

/// <summary>The PostgreSQL flavour of the store's database; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresStoreDbContext(DbContextOptions<StoreDbContext> options) : StoreDbContext(options)
{
    // Read Committed gives each statement a fresh snapshot, so two writers of one row can both act on what they read
    // before the other committed; and setting an order's session id (a uniquely indexed column) needs the strongest row
    // lock, which deadlocks with another writer's payment insert. Taking the row first makes them queue instead.
    public override Task LockAsync<TEntity>(Guid id, CancellationToken cancellationToken)
    {
        // The table name comes from the model, never from input; the id is a parameter.
        var sql = "SELECT 1 FROM \"" + Model.FindEntityType(typeof(TEntity))!.GetTableName() + "\" WHERE \"Id\" = {0} FOR UPDATE";
        return Database.ExecuteSqlRawAsync(sql, [id], cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Byte order, as SQLite compares: an email prefix is then one range of the index, whatever the database's locale.
        modelBuilder.Entity<Order>().Property(o => o.NormalizedEmail).UseCollation("C");
    }
}
