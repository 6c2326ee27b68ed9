using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Catalog.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog;

/// <summary>
/// The shop reads its catalog from memory, and what staff change is what the next shopper sees: every announced change
/// drops the copy, and a lost connection's catch-up does too.
/// </summary>
public sealed class CatalogSnapshotTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_shop_shows_each_edit_archive_new_category_and_stock_level_once_it_is_announced(DatabaseProvider provider)
    {
        await using var database = await CategoryEditorTests.SeededAsync(provider);
        var editors = new CatalogEditors(database.Contexts);
        using var snapshot = new CatalogSnapshot(database.Contexts, editors.Notices);
        var shop = new CatalogService(database.Contexts, snapshot);
        var mug = (await shop.FindBySlugAsync("enamel-mug"))!;
        Assert.Contains(await shop.FindProductsAsync(new CatalogQuery(null, "mug")), p => p.Slug == "enamel-mug");

        await editors.Products.UpdateAsync(Staff.Member, mug.Id,
            new ProductInput("Tin Mug", mug.Slug, null, mug.Description, "20.00", null, "kitchen", false, "5", mug.Stock.ToString()), mug.Stock);
        var edited = (await shop.FindBySlugAsync("enamel-mug"))!;
        Assert.Equal(("Tin Mug", 2000L), (edited.Name, edited.UnitPrice));
        Assert.Equal(["Tin Mug"], (await shop.FindProductsAsync(new CatalogQuery("kitchen", "MUG"))).Select(p => p.Name));

        await editors.Stock.AdjustAsync(Staff.Member, mug.Id, (-mug.Stock).ToString(), StockReason.Damaged);
        Assert.False((await shop.FindBySlugAsync("enamel-mug"))!.IsInStock);

        await editors.Categories.CreateAsync(Staff.Member, "Garden", "garden");
        Assert.Contains(await shop.GetCategoriesAsync(), c => c.Slug == "garden");

        await editors.Products.UpdateAsync(Staff.Member, mug.Id,
            new ProductInput("Tin Mug", mug.Slug, null, mug.Description, "20.00", null, "kitchen", true, "5", "0"), 0);
        var archived = await shop.FindBySlugAsync("enamel-mug");
        Assert.False(archived!.IsActive);
        Assert.DoesNotContain(await shop.FindProductsAsync(new CatalogQuery(null, null)), p => p.Slug == "enamel-mug");
    }
}
