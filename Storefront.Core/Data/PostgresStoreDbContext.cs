using Microsoft.EntityFrameworkCore;
using Storefront.Core.Orders;

namespace Storefront.Core.Data;

/// <summary>The PostgreSQL flavour of the store's database; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresStoreDbContext(DbContextOptions<StoreDbContext> options) : StoreDbContext(options)
{
    // Setting an order's session id (a uniquely indexed column) needs the strongest row lock, which waits for the
    // key-share lock a concurrent writer's payment insert holds on the same order while that writer waits for this
    // one's unique payment row: a deadlock, unless both take the row first.
    public override Task LockOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlInterpolatedAsync($"""SELECT 1 FROM "Orders" WHERE "Id" = {orderId} FOR UPDATE""", cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Byte order, as SQLite compares: an email prefix is then one range of the index, whatever the database's locale.
        modelBuilder.Entity<Order>().Property(o => o.NormalizedEmail).UseCollation("C");
    }
}
