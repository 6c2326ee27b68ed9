using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Admin;

public sealed class AdminProductQueriesTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_list_searches_name_and_sku_filters_by_category_status_and_stock_and_sorts_and_pages(DatabaseProvider provider)
    {
        await using var database = await CategoryEditorTests.SeededAsync(provider);
        var editor = new CatalogEditors(database.Contexts).Products;
        await editor.CreateAsync(Staff.Member, new ProductInput("Old Kettle", null, "KT-OLD", "", "5", null, "kitchen", true, "5", "0"));
        var queries = new AdminProductQueries(database.Contexts);

        var bySku = await queries.ListAsync(new AdminProductFilter { Search = "kt-" });
        var archived = await queries.ListAsync(new AdminProductFilter { Status = ProductStatusFilter.Archived });
        var low = await queries.ListAsync(new AdminProductFilter { Stock = StockFilter.Low, Sort = AdminProductSort.StockLowest });
        var outOfStock = await queries.ListAsync(new AdminProductFilter { Stock = StockFilter.Out, Status = ProductStatusFilter.Active });
        var desk = await queries.ListAsync(new AdminProductFilter { CategorySlug = "desk", Sort = AdminProductSort.PriceHighest });
        var second = await queries.ListAsync(new AdminProductFilter { Page = 9 });

        Assert.Equal(["Old Kettle"], bySku.Rows.Select(r => r.Name));
        Assert.Equal(["Old Kettle"], archived.Rows.Select(r => r.Name));
        Assert.Equal([2, 3, 4], low.Rows.Select(r => r.Stock));
        Assert.Equal(["Copper Gooseneck Kettle"], outOfStock.Rows.Select(r => r.Name));
        Assert.Equal([12000L, 4200, 3800, 1800], desk.Rows.Select(r => r.UnitPrice));
        await using var db = database.NewContext();
        Assert.Equal((await db.Products.CountAsync(), 1, 1), (second.TotalCount, second.Page, second.PageCount));
    }
}
