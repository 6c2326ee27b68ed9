using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Store;

namespace Storefront.Core.Catalog.Csv;

/// <summary>
/// Staff's CSV import: creates or updates products by SKU, else by slug. Every row is checked before anything is
/// written; one bad row refuses the whole file. Otherwise every row is applied, with its audit entry, in one
/// transaction, and a row equal to its product writes nothing, so the same file imported twice changes nothing.
/// Stock is set only for new products: an existing product's stock moves by adjustment alone, since a file
/// exported a while ago would otherwise give back units sold since.
/// </summary>
public sealed class ProductImporter(
    IDbContextFactory<StoreDbContext> contexts, IOptions<StoreOptions> store, AuditLog audit, CatalogNotifications catalog)
{
    public const int MaxRows = 10_000;

    public async Task<ProductImportResult> ImportAsync(TextReader input, string fileName, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var file = ProductCsvReader.Read(input, MaxRows);
        if (file.Unreadable)
        {
            return ProductImportResult.Refused(file.Problems);
        }

        var problems = new List<ProductImportProblem>(file.Problems);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var categories = await db.Categories.ToListAsync(cancellationToken);
        var parsed = ProductImportRows.Parse(file.Rows, categories, store.Value.Currency, problems);
        var skus = parsed.Where(r => r.Details.Sku is not null).Select(r => r.Details.Sku!).Distinct().ToList();
        var slugs = parsed.Select(r => r.Details.Slug).Distinct().ToList();
        // Only the products the file names can be updated or conflict with, so only those are read, in one query.
        var existing = await db.Products.Where(p => (p.Sku != null && skus.Contains(p.Sku)) || slugs.Contains(p.Slug)).ToListAsync(cancellationToken);
        var rows = ProductImportRows.Match(parsed, existing, problems);
        if (file.Rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(null, "The file has a header but no product rows."));
        }

        if (problems.Count > 0)
        {
            return ProductImportResult.Refused(problems);
        }

        var (summary, createdProducts, updatedProducts) = await ApplyAsync(db, rows, fileName, cancellationToken);
        audit.Record(db, actor, AuditActions.ProductImport, AuditTarget.ProductImport(fileName), before: null, after: summary);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            // Another admin took one of these slugs or SKUs between the checks above and this save.
            return ProductImportResult.Refused([new(null, "Another change took one of these slugs or SKUs a moment ago; nothing was applied. Import the file again.")]);
        }

        // New products have their ids only now; their opening stock starts their ledger, in the same transaction.
        db.StockLedger.AddRange(createdProducts.Where(p => p.Stock > 0).Select(p => StockLedgerEntry.Opening(p, actor, audit.Now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var product in createdProducts.Concat(updatedProducts))
        {
            await catalog.PublishAsync(CatalogItem.ForProduct(product.Id), CatalogItemChange.Changed, cancellationToken);
        }

        return new ProductImportResult(summary.Created, summary.Updated, summary.Unchanged, summary.StockNotApplied, []);
    }

    private static async Task<(ProductImportSummary Summary, List<Product> Created, List<Product> Updated)> ApplyAsync(StoreDbContext db, List<ImportedProduct> rows, string fileName, CancellationToken cancellationToken)
    {
        var created = new List<Product>();
        var updated = new List<Product>();
        var unchanged = 0;
        var stockNotApplied = 0;
        var takenSlugs = new List<string>();
        foreach (var row in rows)
        {
            if (row.Existing is not { } product)
            {
                var createdProduct = Product.Create(row.Details, row.Category, row.Stock);
                db.Products.Add(createdProduct);
                created.Add(createdProduct);
                takenSlugs.Add(row.Details.Slug);
                continue;
            }

            stockNotApplied += product.Stock == row.Stock ? 0 : 1;
            if (product.Details() == row.Details)
            {
                unchanged++;
                continue;
            }

            if (product.Slug != row.Details.Slug)
            {
                takenSlugs.Add(row.Details.Slug);
                db.ProductSlugRedirects.Add(new ProductSlugRedirect(product.Slug, product.Id));
            }

            product.Apply(row.Details, row.Category);
            updated.Add(product);
        }

        // A slug taken into use stops redirecting to whichever product had it before, as in the product editor.
        if (takenSlugs.Count > 0)
        {
            await db.ProductSlugRedirects.Where(r => takenSlugs.Contains(r.Slug)).ExecuteDeleteAsync(cancellationToken);
        }

        var summary = new ProductImportSummary(
            fileName, rows.Count, created.Count, updated.Count, unchanged, stockNotApplied, created.Select(p => p.Slug).ToList(), updated.Select(p => p.Slug).ToList());
        return (summary, created, updated);
    }
}
