using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Store;

namespace Storefront.Core.Catalog.Admin;

/// <summary>
/// Staff's product actions: create and edit (archiving is an edit). Each checks every field, saves all or
/// nothing with its audit entries, and returns the product before and after.
/// </summary>
public sealed class ProductEditor(
    IDbContextFactory<StoreDbContext> contexts, IOptions<StoreOptions> store, AuditLog audit, StockAdjuster stockAdjuster, LowStockAlerts lowStock,
    CatalogNotifications catalog)
{
    public async Task<ProductChange> CreateAsync(AuditActor actor, ProductInput input, CancellationToken cancellationToken = default)
    {
        var (details, stock) = Parse(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var category = await CategoryAsync(db, details.CategorySlug, cancellationToken);
        await ThrowIfTakenAsync(db, details, productId: null, cancellationToken);
        var product = Product.Create(details, category, stock);
        db.Products.Add(product);
        await ReleaseSlugAsync(db, details.Slug, cancellationToken);
        await SaveAsync(db, cancellationToken);
        if (stock > 0)
        {
            db.StockLedger.Add(StockLedgerEntry.Opening(product, actor, audit.Now));
        }

        var change = new ProductChange(product.Id, null, product.Snapshot());
        audit.Record(db, actor, AuditActions.ProductCreate, AuditTarget.Product(product.Id), null, change.After);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await catalog.PublishAsync(CatalogItem.ForProduct(change.ProductId), CatalogItemChange.Changed, cancellationToken);
        return change;
    }

    /// <summary>
    /// Saves new details, and moves stock by the difference between what staff typed and <paramref name="stockShown"/>,
    /// the stock their form showed, as a correction in the ledger, so units sold while they were typing are neither
    /// lost nor given back. Archiving and price changes are audited under their own actions.
    /// </summary>
    public async Task<ProductChange> UpdateAsync(AuditActor actor, int productId, ProductInput input, int stockShown, CancellationToken cancellationToken = default)
    {
        var (details, stock) = Parse(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await ProductQueries.LoadForEditAsync(db, productId, cancellationToken);
        var before = product.Snapshot();
        var category = await CategoryAsync(db, details.CategorySlug, cancellationToken);
        await ThrowIfTakenAsync(db, details, productId, cancellationToken);
        if (stock != stockShown && await stockAdjuster.TryMoveAsync(db, actor, productId, stock - stockShown, StockReason.Correction, cancellationToken) is null)
        {
            throw new CatalogEditException(
                $"The stock cannot go from {stockShown} to {stock}: units were sold meanwhile. Reload the page to see the stock now.");
        }

        if (product.Slug != details.Slug)
        {
            await ReleaseSlugAsync(db, details.Slug, cancellationToken);
            db.ProductSlugRedirects.Add(new ProductSlugRedirect(product.Slug, product.Id));
        }

        product.Apply(details, category);
        var alerts = await lowStock.QueueForChangesAsync(db, audit.Now, cancellationToken);
        await SaveAsync(db, cancellationToken);
        await db.Entry(product).ReloadAsync(cancellationToken);
        var change = new ProductChange(product.Id, before, product.Snapshot());
        Audit(db, actor, change);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (alerts > 0)
        {
            lowStock.NotifySender();
        }

        await catalog.PublishAsync(CatalogItem.ForProduct(change.ProductId), CatalogItemChange.Changed, cancellationToken);
        return change;
    }

    private void Audit(StoreDbContext db, AuditActor actor, ProductChange change)
    {
        var target = AuditTarget.Product(change.ProductId);
        audit.Record(db, actor, change.Archived ? AuditActions.ProductArchive : AuditActions.ProductEdit, target, change.Before, change.After);
        if (change.PriceChanged)
        {
            var currency = store.Value.Currency;
            audit.Record(db, actor, AuditActions.ProductPriceChange, target,
                new { change.Before!.UnitPrice, change.Before.CompareAtPrice, Currency = currency },
                new { change.After.UnitPrice, change.After.CompareAtPrice, Currency = currency });
        }
    }

    private (ProductDetails Details, int Stock) Parse(ProductInput input)
    {
        var problems = new List<string>();
        return input.Parse(store.Value.Currency, problems) ?? throw new CatalogEditException(problems);
    }

    private static async Task<Category> CategoryAsync(StoreDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.Categories.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken)
        ?? throw new CatalogEditException($"There is no category “{slug}”.");

    private static async Task ThrowIfTakenAsync(StoreDbContext db, ProductDetails details, int? productId, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var slugOwner = await db.Products.Where(p => p.Slug == details.Slug && p.Id != productId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (slugOwner is not null)
        {
            problems.Add($"The slug “{details.Slug}” is already used by “{slugOwner}”.");
        }

        if (details.Sku is { } sku)
        {
            var skuOwner = await db.Products.Where(p => p.Sku == sku && p.Id != productId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            if (skuOwner is not null)
            {
                problems.Add($"The SKU “{sku}” is already used by “{skuOwner}”.");
            }
        }

        if (problems.Count > 0)
        {
            throw new CatalogEditException(problems);
        }
    }

    /// <summary>A slug taken into use stops redirecting to whichever product had it before.</summary>
    private static Task ReleaseSlugAsync(StoreDbContext db, string slug, CancellationToken cancellationToken) =>
        db.ProductSlugRedirects.Where(r => r.Slug == slug).ExecuteDeleteAsync(cancellationToken);

    private static async Task SaveAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            // Another admin took the slug or SKU between the check above and this save; the unique index refused it.
            throw new CatalogEditException("Another product took this slug or SKU a moment ago; nothing was saved. Choose another.");
        }
    }
}
