using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Admin;

public sealed class CategoryEditorTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Categories_are_created_renamed_and_reordered_and_the_shop_follows_their_order(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var editor = new CatalogEditors(database.Contexts).Categories;

        var created = await editor.CreateAsync(Staff.Member, "Garden Tools", null);
        var renamed = await editor.RenameAsync(Staff.Member, created.CategoryId, "Garden", "garden");
        await editor.MoveAsync(Staff.Member, created.CategoryId, -1);

        Assert.Equal(new CategorySnapshot("Garden Tools", "garden-tools", 4), created.After);
        Assert.Equal((created.After, new CategorySnapshot("Garden", "garden", 4)), (renamed.Before, renamed.After));
        var shop = await new CatalogService(database.Contexts, new CatalogSnapshot(database.Contexts, new CatalogNotifications())).GetCategoriesAsync();
        Assert.Equal(["kitchen", "desk", "outdoors", "garden", "apparel"], shop.Select(c => c.Slug));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_category_with_products_is_not_deleted_and_a_taken_slug_is_refused(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var editor = new CatalogEditors(database.Contexts).Categories;
        int kitchen, inKitchen;
        await using (var db = database.NewContext())
        {
            kitchen = await db.Categories.Where(c => c.Slug == "kitchen").Select(c => c.Id).SingleAsync();
            inKitchen = await db.Products.CountAsync(p => p.CategoryId == kitchen);
        }

        var refused = await Assert.ThrowsAsync<CatalogEditException>(() => editor.DeleteAsync(Staff.Member, kitchen));
        var taken = await Assert.ThrowsAsync<CatalogEditException>(() => editor.CreateAsync(Staff.Member, "Cooking", "desk"));
        var empty = await editor.CreateAsync(Staff.Member, "Empty", null);
        await editor.DeleteAsync(Staff.Member, empty.CategoryId);

        Assert.Equal($"“Kitchen” still has {inKitchen} products; move them to another category first.", refused.Message);
        Assert.Equal("The slug “desk” is already used by the category “Desk”.", taken.Message);
        await using var check = database.NewContext();
        Assert.Equal(["apparel", "desk", "kitchen", "outdoors"], await check.Categories.OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync());
    }

    internal static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        await DemoCatalog.SeedAsync(db, CancellationToken.None);
        return database;
    }
}
