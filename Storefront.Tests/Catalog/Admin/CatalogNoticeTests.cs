using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Catalog.Csv;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Admin;

/// <summary>
/// Every staff change to the catalog is announced once it is committed, so whatever keeps a copy of the catalog (a
/// page cache, on any instance) can drop it. A refused change announces nothing.
/// </summary>
public sealed class CatalogNoticeTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Category_product_and_stock_changes_are_announced_and_a_refused_one_is_not(DatabaseProvider provider)
    {
        await using var database = await CategoryEditorTests.SeededAsync(provider);
        var editors = new CatalogEditors(database.Contexts);
        var heard = new List<(CatalogItem Item, CatalogItemChange? Change)>();
        using var listening = editors.Notices.SubscribeToAll((item, change) =>
        {
            heard.Add((item, change));
            return Task.CompletedTask;
        });

        var category = await editors.Categories.CreateAsync(Staff.Member, "Garden", "garden");
        var product = await editors.Products.CreateAsync(Staff.Member, new ProductInput("Trowel", "trowel", "TR-1", "", "9.50", null, "garden", false, "1", "4"));
        await editors.Products.UpdateAsync(Staff.Member, product.ProductId, new ProductInput("Trowel", "trowel", "TR-1", "", "11.00", null, "garden", false, "1", "4"), stockShown: 4);
        await editors.Stock.AdjustAsync(Staff.Member, product.ProductId, "5", StockReason.Received);
        await Assert.ThrowsAsync<CatalogEditException>(() => editors.Stock.AdjustAsync(Staff.Member, product.ProductId, "-100", StockReason.Damaged));
        await Assert.ThrowsAsync<CatalogEditException>(() => editors.Categories.DeleteAsync(Staff.Member, category.CategoryId));

        Assert.Equal(
        [
            (CatalogItem.ForCategory(category.CategoryId), CatalogItemChange.Changed),
            (CatalogItem.ForProduct(product.ProductId), CatalogItemChange.Changed),
            (CatalogItem.ForProduct(product.ProductId), CatalogItemChange.Changed),
            (CatalogItem.ForProduct(product.ProductId), CatalogItemChange.Changed),
        ], heard);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_import_announces_the_products_it_created_and_a_second_import_of_the_same_file_announces_nothing(DatabaseProvider provider)
    {
        await using var rig = await ImportRig.StartAsync(provider);
        var heard = new List<CatalogItem>();
        using var listening = rig.Notices.SubscribeToAll((item, _) =>
        {
            heard.Add(item);
            return Task.CompletedTask;
        });
        var file = ProductCsvText.File(
        [
            ProductCsvText.Row("NT-1", "", "Notice One", "", "3.00", "", "desk", "active", "2", "1"),
            ProductCsvText.Row("NT-2", "", "Notice Two", "", "4.00", "", "desk", "active", "2", "1"),
        ]);

        await rig.ImportAsync(file);
        var afterFirst = heard.Count;
        await rig.ImportAsync(file);

        Assert.Equal(2, afterFirst);
        Assert.All(heard, item => Assert.Equal(CatalogItemKind.Product, item.Kind));
        Assert.Equal(2, heard.Count);
    }
}
