using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Store;

namespace Storefront.Tests.Catalog.Admin;

/// <summary>Staff's catalog editors on a test database, without the web host; low-stock notices go to <paramref name="adminNotify"/> when given.</summary>
internal sealed class CatalogEditors(IDbContextFactory<StoreDbContext> contexts, string? adminNotify = null, IOptions<StoreOptions>? store = null)
{
    /// <summary>What the editors announced, in process.</summary>
    public CatalogNotifications Notices { get; } = new();

    private readonly AuditLog _audit = new(contexts, TimeProvider.System);

    public CategoryEditor Categories => new(contexts, _audit, Notices);

    public ProductEditor Products => new(contexts, store ?? Options.Create(new StoreOptions()), _audit, Stock, LowStock, Notices);

    public StockAdjuster Stock => new(contexts, _audit, LowStock, Notices);

    private LowStockAlerts LowStock => new(
        new LowStockEmailRenderer(Options.Create(new StoreOptions { PublicUrl = "http://localhost:5000" })),
        Options.Create(new EmailOptions { AdminNotify = adminNotify }),
        new OutboxSignal());
}
