using Microsoft.EntityFrameworkCore;
using Storefront.Core.Orders;

namespace Storefront.Core.Data;

/// <summary>The PostgreSQL flavour of the store's database; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresStoreDbContext(DbContextOptions<StoreDbContext> options) : StoreDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Byte order, as SQLite compares: an email prefix is then one range of the index, whatever the database's locale.
        modelBuilder.Entity<Order>().Property(o => o.NormalizedEmail).UseCollation("C");
    }
}
