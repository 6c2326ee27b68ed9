using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Catalog.Images;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog.Admin;

/// <summary>
/// Staff's image actions on a product: upload, describe, reorder, remove; each is audited as a product edit in its own
/// save and returns the product before and after.
/// </summary>
public sealed class ProductImageEditor(IDbContextFactory<StoreDbContext> contexts, ProductImageProcessor processor, AuditLog audit, CatalogNotifications catalog)
{
    public async Task<ProductChange> AddAsync(
        AuditActor actor, int productId, Stream upload, long length, string? altText, CancellationToken cancellationToken = default)
    {
        var alt = CleanAltText(altText);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await ProductQueries.LoadForEditAsync(db, productId, cancellationToken);
        var before = product.Snapshot();
        var stored = await processor.StoreAsync(upload, length, cancellationToken);
        product.AddImage(stored, alt);
        return await SaveAsync(db, actor, productId, before, product, cancellationToken);
    }

    public Task<ProductChange> DescribeAsync(AuditActor actor, int productId, int imageId, string? altText, CancellationToken cancellationToken = default)
    {
        var alt = CleanAltText(altText);
        return ChangeAsync(actor, productId, imageId, (_, image) => image.Describe(alt), cancellationToken);
    }

    /// <summary>Moves an image one place earlier (<paramref name="step"/> −1) or later (+1); the first image is the main picture.</summary>
    public Task<ProductChange> MoveAsync(AuditActor actor, int productId, int imageId, int step, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, productId, imageId, (product, image) => product.MoveImage(image, Math.Sign(step)), cancellationToken);

    public async Task<ProductChange> RemoveAsync(AuditActor actor, int productId, int imageId, CancellationToken cancellationToken = default)
    {
        ProductImage? removed = null;
        var change = await ChangeAsync(actor, productId, imageId, (product, image) => product.RemoveImage(removed = image), cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (removed is not null && !await db.ProductImages.AnyAsync(i => i.FileStem == removed.FileStem, cancellationToken))
        {
            processor.Delete(removed.FileStem, removed.StoredWidths);
        }

        return change;
    }

    private async Task<ProductChange> ChangeAsync(
        AuditActor actor, int productId, int imageId, Action<Product, ProductImage> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await ProductQueries.LoadForEditAsync(db, productId, cancellationToken);
        var image = product.Images.FirstOrDefault(i => i.Id == imageId)
            ?? throw new CatalogEditException($"Product {productId} has no image {imageId}.");
        var before = product.Snapshot();
        change(product, image);
        return await SaveAsync(db, actor, productId, before, product, cancellationToken);
    }

    private async Task<ProductChange> SaveAsync(
        StoreDbContext db, AuditActor actor, int productId, ProductSnapshot before, Product product, CancellationToken cancellationToken)
    {
        var change = new ProductChange(productId, before, product.Snapshot());
        audit.Record(db, actor, AuditActions.ProductEdit, AuditTarget.Product(productId), change.Before, change.After);
        await db.SaveChangesAsync(cancellationToken);
        await catalog.PublishAsync(CatalogItem.ForProduct(productId), CatalogItemChange.Changed, cancellationToken);
        return change;
    }

    private static string CleanAltText(string? altText)
    {
        var alt = altText?.Trim() ?? "";
        return alt.Length > ProductRules.MaxAltTextLength || alt.Any(char.IsControl)
            ? throw new CatalogEditException($"The alt text must be at most {ProductRules.MaxAltTextLength} characters on one line.")
            : alt;
    }
}
