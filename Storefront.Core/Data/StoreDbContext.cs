using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Admin.Totals;
using Storefront.Core.Audit;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Jobs;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.SignIn;
using CartEntity = Storefront.Core.Cart.Cart;

namespace Storefront.Core.Data;

/// <summary>
/// The store's database. It is abstract because each provider has its own subclass, and so its own
/// migration set: SQLite and PostgreSQL differ in types and in the SQL of their migrations. It also holds the Data
/// Protection key ring, so every instance of the store, and the same one after a redeploy, reads the others' cookies.
/// </summary>
public abstract class StoreDbContext(DbContextOptions<StoreDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductImage> ProductImages => Set<ProductImage>();

    public DbSet<ProductSlugRedirect> ProductSlugRedirects => Set<ProductSlugRedirect>();

    public DbSet<CartEntity> Carts => Set<CartEntity>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderStatusChange> OrderStatusChanges => Set<OrderStatusChange>();

    public DbSet<OrderDailyTotal> OrderDailyTotals => Set<OrderDailyTotal>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents => Set<ProcessedWebhookEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<StockLedgerEntry> StockLedger => Set<StockLedgerEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>
    /// Takes a row (an order, an outbox message) for the current transaction before it is read, so that concurrent
    /// writers of it queue and each sees what the one before it committed. On SQLite a write transaction already
    /// has the database to itself.
    /// </summary>
    public virtual Task LockAsync<TEntity>(Guid id, CancellationToken cancellationToken)
        where TEntity : class => Task.CompletedTask;

    /// <summary>Saves, and moves the daily order totals by what the save changes in orders, in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var totals = OrderDailyTotalsChange.Of(ChangeTracker);
        if (totals.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await totals.ApplyAsync(Database, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>Refuses to save orders: only <see cref="SaveChangesAsync(bool, CancellationToken)"/> keeps the daily totals with them.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!OrderDailyTotalsChange.Of(ChangeTracker).IsEmpty)
        {
            throw new InvalidOperationException("Orders are saved with SaveChangesAsync, which keeps the daily order totals with them.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StoreDbContext).Assembly);
}
