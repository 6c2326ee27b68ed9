using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Csv;
using Storefront.Core.Data;
using Storefront.Core.Store;
using Storefront.Tests.Catalog.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Csv;

/// <summary>A migrated database with the demo catalog, and the importer on it, as an admin would run it.</summary>
internal sealed class ImportRig : IAsyncDisposable
{
    public static readonly AuditActor Admin = new("admin-1", "Ada Admin");

    private ImportRig(TestDatabase database, string currency)
    {
        Database = database;
        Store = Options.Create(new StoreOptions { Currency = currency });
        Importer = new ProductImporter(database.Contexts, Store, new AuditLog(database.Contexts, TimeProvider.System), Notices);
    }

    public TestDatabase Database { get; }

    public IOptions<StoreOptions> Store { get; }

    /// <summary>What the import announced, in process.</summary>
    public CatalogNotifications Notices { get; } = new();

    public ProductImporter Importer { get; }

    public static async Task<ImportRig> StartAsync(DatabaseProvider provider, string currency = "usd") =>
        new(await CategoryEditorTests.SeededAsync(provider), currency);

    public Task<ProductImportResult> ImportAsync(string csv, string fileName = "products.csv") =>
        Importer.ImportAsync(new StringReader(csv), fileName, Admin);

    /// <summary>Every product field an import could touch, stock and slug redirects included, in one comparable list.</summary>
    public async Task<List<string>> CatalogStateAsync()
    {
        await using var db = Database.NewContext();
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        var redirects = await db.ProductSlugRedirects.AsNoTracking().OrderBy(r => r.Slug).ToListAsync();
        return
        [
            .. products.Select(p => string.Join('|', p.Id, p.Sku, p.Slug, p.Name, p.Description, p.UnitPrice, p.CompareAtPrice, p.CategoryId, p.IsActive, p.Stock, p.LowStockThreshold)),
            .. redirects.Select(r => r.Slug + "->" + r.ProductId),
        ];
    }

    public async Task<List<AuditEntry>> ImportEntriesAsync()
    {
        await using var db = Database.NewContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.ProductImport).OrderBy(e => e.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
