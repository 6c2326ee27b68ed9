using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog.Admin;

/// <summary>
/// Staff's category actions: create, rename (with its slug), reorder and delete; each is audited in its own transaction
/// and returns what changed.
/// </summary>
public sealed class CategoryEditor(IDbContextFactory<StoreDbContext> contexts, AuditLog audit, CatalogNotifications catalog)
{
    public const int MaxNameLength = 100;

    public async Task<CategoryChange> CreateAsync(AuditActor actor, string? name, string? slug, CancellationToken cancellationToken = default)
    {
        var (cleanName, cleanSlug) = Validate(name, slug);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ThrowIfTakenAsync(db, cleanSlug, null, cancellationToken);
        var last = await db.Categories.MaxAsync(c => (int?)c.Position, cancellationToken) ?? -1;
        var category = new Category(cleanSlug, cleanName, last + 1);
        db.Categories.Add(category);
        await SaveAsync(db, cancellationToken);
        var change = new CategoryChange(category.Id, null, category.Snapshot());
        await AuditAsync(db, actor, change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await PublishedAsync(change, cancellationToken);
    }

    public async Task<CategoryChange> RenameAsync(AuditActor actor, int categoryId, string? name, string? slug, CancellationToken cancellationToken = default)
    {
        var (cleanName, cleanSlug) = Validate(name, slug);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var category = await FindAsync(db, categoryId, cancellationToken);
        var before = category.Snapshot();
        await ThrowIfTakenAsync(db, cleanSlug, categoryId, cancellationToken);
        category.Rename(cleanName, cleanSlug);
        var change = new CategoryChange(category.Id, before, category.Snapshot());
        Record(db, actor, change);
        await SaveAsync(db, cancellationToken);
        return await PublishedAsync(change, cancellationToken);
    }

    /// <summary>Swaps the category with its neighbour before (<paramref name="step"/> −1) or after (+1); at either end it stays.</summary>
    public async Task<CategoryChange> MoveAsync(AuditActor actor, int categoryId, int step, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ordered = await db.Categories.OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var category = ordered.FirstOrDefault(c => c.Id == categoryId) ?? throw Missing(categoryId);
        var before = category.Snapshot();
        var from = ordered.IndexOf(category);
        ordered.RemoveAt(from);
        ordered.Insert(Math.Clamp(from + Math.Sign(step), 0, ordered.Count), category);
        for (var position = 0; position < ordered.Count; position++)
        {
            ordered[position].MoveTo(position);
        }

        var change = new CategoryChange(category.Id, before, category.Snapshot());
        Record(db, actor, change);
        await db.SaveChangesAsync(cancellationToken);
        return await PublishedAsync(change, cancellationToken);
    }

    /// <summary>Deletes an empty category; one that still has products (archived ones too) is refused, naming how many.</summary>
    public async Task<CategoryChange> DeleteAsync(AuditActor actor, int categoryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var category = await FindAsync(db, categoryId, cancellationToken);
        var products = await db.Products.CountAsync(p => p.CategoryId == categoryId, cancellationToken);
        if (products > 0)
        {
            throw new CatalogEditException(
                $"“{category.Name}” still has {products} product{(products == 1 ? "" : "s")}; move {(products == 1 ? "it" : "them")} to another category first.");
        }

        var change = new CategoryChange(categoryId, category.Snapshot(), null);
        db.Categories.Remove(category);
        Record(db, actor, change);
        await db.SaveChangesAsync(cancellationToken);
        return await PublishedAsync(change, cancellationToken);
    }

    private async Task<CategoryChange> PublishedAsync(CategoryChange change, CancellationToken cancellationToken)
    {
        var kind = change.After is null ? CatalogItemChange.Deleted : CatalogItemChange.Changed;
        await catalog.PublishAsync(CatalogItem.ForCategory(change.CategoryId), kind, cancellationToken);
        return change;
    }

    private void Record(StoreDbContext db, AuditActor actor, CategoryChange change) =>
        audit.Record(db, actor, AuditActions.CategoryChange, AuditTarget.Category(change.CategoryId), change.Before, change.After);

    private async Task AuditAsync(StoreDbContext db, AuditActor actor, CategoryChange change, CancellationToken cancellationToken)
    {
        Record(db, actor, change);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static (string Name, string Slug) Validate(string? name, string? slug)
    {
        var problems = new List<string>();
        var cleanName = name?.Trim() ?? "";
        if (cleanName.Length is 0 or > MaxNameLength || cleanName.Any(char.IsControl))
        {
            problems.Add($"Enter the category's name, at most {MaxNameLength} characters on one line.");
        }

        var cleanSlug = string.IsNullOrWhiteSpace(slug) ? ProductRules.SlugFrom(cleanName) : slug.Trim().ToLowerInvariant();
        if (!ProductRules.IsSlug(cleanSlug))
        {
            problems.Add($"The slug “{cleanSlug}” may hold only lower-case letters, digits and single hyphens.");
        }

        return problems.Count > 0 ? throw new CatalogEditException(problems) : (cleanName, cleanSlug);
    }

    private static async Task ThrowIfTakenAsync(StoreDbContext db, string slug, int? categoryId, CancellationToken cancellationToken)
    {
        var owner = await db.Categories.Where(c => c.Slug == slug && c.Id != categoryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (owner is not null)
        {
            throw new CatalogEditException($"The slug “{slug}” is already used by the category “{owner}”.");
        }
    }

    private static async Task<Category> FindAsync(StoreDbContext db, int categoryId, CancellationToken cancellationToken) =>
        await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId, cancellationToken) ?? throw Missing(categoryId);

    private static CatalogEditException Missing(int categoryId) => new($"There is no category {categoryId}.");

    private static async Task SaveAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw new CatalogEditException("Another category took this slug a moment ago; nothing was saved. Choose another.");
        }
    }
}
