using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StoreDbContext).Assembly);
}
