using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Catalog.Csv;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Catalog.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Csv;

public sealed class ProductImportTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_thousand_rows_with_three_bad_ones_are_refused_by_row_number_then_the_corrected_file_imports_once(DatabaseProvider provider)
    {
        await using var rig = await ImportRig.StartAsync(provider);
        var before = await rig.CatalogStateAsync();
        var rows = Enumerable.Range(1, 1000).Select(BulkRow).ToArray();
        var good = (string[])rows.Clone();
        // Data row i is spreadsheet row i + 1: the header is row 1. Row 5's description spans two lines, which a
        // spreadsheet still counts as one row.
        rows[9] = BulkRow(10, price: "12,50");
        rows[499] = BulkRow(500, category: "garden");
        rows[998] = BulkRow(999, sku: "BULK-0001");

        var refused = await rig.ImportAsync(ProductCsvText.File(rows));

        Assert.False(refused.Applied);
        Assert.Equal([11, 501, 1000], refused.Problems.Select(p => p.Row!.Value));
        Assert.Equal(
        [
            "The price: Enter an amount such as 12.50.",
            "There is no category “garden”.",
            "The SKU “BULK-0001” is also on row 2.",
        ], refused.Problems.Select(p => p.Reason));
        Assert.Equal(before, await rig.CatalogStateAsync());
        Assert.Empty(await rig.ImportEntriesAsync());

        var imported = await rig.ImportAsync(ProductCsvText.File(good));
        var afterFirst = await rig.CatalogStateAsync();
        var again = await rig.ImportAsync(ProductCsvText.File(good));

        Assert.Equal((1000, 0, 0), (imported.Created, imported.Updated, imported.Unchanged));
        Assert.Equal((0, 0, 1000), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(afterFirst, await rig.CatalogStateAsync());
        await using var db = rig.Database.NewContext();
        var fifth = await db.Products.AsNoTracking().Include(p => p.Category).SingleAsync(p => p.Sku == "BULK-0005");
        Assert.Equal(("bulk-item-5", "Line one\nline two", 150L, 200L, "desk", 7, 3), (fifth.Slug, fifth.Description, fifth.UnitPrice, fifth.CompareAtPrice!.Value, fifth.Category.Slug, fifth.Stock, fifth.LowStockThreshold));
        Assert.Equal(before.Count + 1000, afterFirst.Count);
        var opening = await db.StockLedger.AsNoTracking().SingleAsync(e => e.ProductId == fifth.Id);
        Assert.Equal((StockReason.Opening, 7, 7, "Ada Admin"), (opening.Reason, opening.Delta, opening.StockAfter, opening.ActorName));
        Assert.Equal(1000, await db.StockLedger.CountAsync(e => e.Reason == StockReason.Opening));
        var entries = await rig.ImportEntriesAsync();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("admin-1", "Ada Admin", "product-import", "products.csv"), (entries[0].ActorId, entries[0].ActorName, entries[0].TargetType, entries[0].TargetId));
        var counts = JsonDocument.Parse(entries[1].After!).RootElement;
        Assert.Equal((1000, 0, 0, 1000), (counts.GetProperty("rows").GetInt32(), counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32()));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_export_imports_back_unchanged_with_formulas_quotes_line_breaks_and_archived_products(DatabaseProvider provider)
    {
        await using var rig = await ImportRig.StartAsync(provider);
        var editor = new CatalogEditors(rig.Database.Contexts, store: rig.Store).Products;
        await editor.CreateAsync(Staff.Member, new ProductInput("=HYPERLINK(\"http://evil\")", "formula", "-SKU1", "- one, \"two\"\n- three\n\n'=quoted", "19.99", "25", "desk", true, "4", "9"));
        await editor.CreateAsync(Staff.Member, new ProductInput("'Apostrophe", "apostrophe", "@AT", "+plus", "0", null, "apparel", false, "0", "0"));
        var before = await rig.CatalogStateAsync();

        var csv = await ExportAsync(rig, new AdminProductFilter());
        var result = await rig.ImportAsync(csv);

        var count = await ProductCountAsync(rig);
        Assert.True(result.Applied, string.Join(" ", result.Problems));
        Assert.Equal((0, 0, count), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(before, await rig.CatalogStateAsync());
        Assert.Contains("'-SKU1,formula,\"'=HYPERLINK(\"\"http://evil\"\")\",\"'- one, \"\"two\"\"\n- three\n\n'=quoted\",19.99,25.00,desk,archived,9,4\r\n", csv);
        Assert.Contains("'@AT,apostrophe,''Apostrophe,'+plus,0.00,,apparel,active,0,0\r\n", csv);
        Assert.StartsWith(ProductCsvText.Header + "\r\n", csv);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Rows_update_by_sku_else_by_slug_a_new_slug_redirects_and_stock_is_set_only_for_new_products(DatabaseProvider provider)
    {
        await using var rig = await ImportRig.StartAsync(provider);
        var editor = new CatalogEditors(rig.Database.Contexts, store: rig.Store).Products;
        var apron = await editor.CreateAsync(Staff.Member, new ProductInput("Linen Apron", "apron", "AP-1", "", "24.50", null, "apparel", false, "5", "3"));
        var mug = await rig.Database.ProductAsync("enamel-mug");

        var result = await rig.ImportAsync(ProductCsvText.File(
        [
            ProductCsvText.Row("AP-1", "linen-apron", "Linen Apron", "Washed linen.", "26", "", "Apparel", "active", "40", "5"),
            ProductCsvText.Row("MUG-1", "enamel-mug", "Enamel Camp Mug", mug.Description, "17.00", "", "kitchen", "archived", mug.Stock.ToString(CultureInfo.InvariantCulture), "2"),
            ProductCsvText.Row("", "", "Silk Scarf", "", "9.5", "", "apparel", "", "12", "0"),
        ]));

        Assert.True(result.Applied, string.Join(" ", result.Problems));
        Assert.Equal((1, 2, 0, 1), (result.Created, result.Updated, result.Unchanged, result.StockNotApplied));
        await using var db = rig.Database.NewContext();
        var updated = await db.Products.AsNoTracking().SingleAsync(p => p.Id == apron.ProductId);
        Assert.Equal(("linen-apron", "Washed linen.", 2600L, 3), (updated.Slug, updated.Description, updated.UnitPrice, updated.Stock));
        Assert.Equal(apron.ProductId, (await db.ProductSlugRedirects.AsNoTracking().SingleAsync(r => r.Slug == "apron")).ProductId);
        var archived = await db.Products.AsNoTracking().SingleAsync(p => p.Id == mug.Id);
        Assert.Equal(("MUG-1", 1700L, false, 2, mug.Stock), (archived.Sku, archived.UnitPrice, archived.IsActive, archived.LowStockThreshold, archived.Stock));
        var socks = await db.Products.AsNoTracking().SingleAsync(p => p.Slug == "silk-scarf");
        Assert.Equal(((string?)null, 950L, true, 12, 0), (socks.Sku, socks.UnitPrice, socks.IsActive, socks.Stock, socks.LowStockThreshold));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Bad_headers_taken_slugs_stray_quotes_and_short_rows_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        await using var rig = await ImportRig.StartAsync(provider);
        await new CatalogEditors(rig.Database.Contexts, store: rig.Store).Products.CreateAsync(Staff.Member, new ProductInput("Linen Apron", "apron", "AP-1", "", "24.50", null, "apparel", false, "5", "3"));
        var before = await rig.CatalogStateAsync();

        var header = await rig.ImportAsync("sku,slug,name,prise,category,status,stock,low_stock_threshold,description\r\nA,a,A,1,desk,active,1,1,\r\n");
        var rows = await rig.ImportAsync(ProductCsvText.File(
        [
            ProductCsvText.Row("AP-1", "enamel-mug", "Linen Apron", "", "5", "", "kitchen", "active", "1", "1"),
            "N-2,bad-quote,\"Bad \"Quote\" Mug\",,5,,kitchen,active,1,1",
            "N-3,short,Short Row",
            ProductCsvText.Row("N-4", "status", "Status", "", "5", "6", "kitchen", "sold out", "-1", "1"),
            ProductCsvText.Row("N-5", "", "<b>Fine</b> Name", "", "5", "", "kitchen", "active", "1", "1"),
            ProductCsvText.Row("N-6", "b-fine-b-name", "Same Slug", "", "5", "", "kitchen", "active", "1", "1"),
        ]));
        var empty = await rig.ImportAsync(ProductCsvText.File([]));

        Assert.Equal(
        [
            "The header (row 1) lacks the columns price, compare_at_price.",
            "The header (row 1) has columns the import does not know: prise.",
        ], header.Problems.Select(p => p.Reason));
        Assert.All(header.Problems, p => Assert.Null(p.Row));
        Assert.Equal(
        [
            "2: The slug “enamel-mug” is already used by “Enamel Camp Mug”.",
            "3: A quote is out of place: a cell with quotes in it must be wholly in quotes, with its own quotes doubled.",
            "4: It has 3 cells; the header has 10.",
            "5: The status must be “active” or “archived” (it is “sold out”).",
            "5: The stock must be a whole number from 0 to 1000000 (it is “-1”).",
            "7: The slug “b-fine-b-name” is also on row 6.",
        ], rows.Problems.Select(p => $"{p.Row}: {p.Reason}").Order(StringComparer.Ordinal));
        Assert.Equal(["The file has a header but no product rows."], empty.Problems.Select(p => p.Reason));
        Assert.Equal(before, await rig.CatalogStateAsync());
        Assert.Empty(await rig.ImportEntriesAsync());
    }

    [Fact]
    public async Task Yen_prices_export_without_decimals_and_a_decimal_yen_price_is_refused()
    {
        await using var rig = await ImportRig.StartAsync(DatabaseProvider.Sqlite, "jpy");
        var editor = new CatalogEditors(rig.Database.Contexts, store: rig.Store).Products;
        await editor.CreateAsync(Staff.Member, new ProductInput("Tea Towel", null, "TT-1", "", "1250", "1500", "kitchen", false, "5", "3"));

        var csv = await ExportAsync(rig, new AdminProductFilter { Search = "TT-" });
        var refused = await rig.ImportAsync(ProductCsvText.File([ProductCsvText.Row("TT-1", "tea-towel", "Tea Towel", "", "1250.5", "", "kitchen", "active", "3", "5")]));

        Assert.Equal(ProductCsvText.Header + "\r\nTT-1,tea-towel,Tea Towel,,1250,1500,kitchen,active,3,5\r\n", csv);
        Assert.Equal(["2: The price: JPY amounts have no decimals."], refused.Problems.Select(p => $"{p.Row}: {p.Reason}"));
    }

    private static string BulkRow(int n) => BulkRow(n, price: "1.50");

    private static string BulkRow(int n, string price = "1.50", string category = "desk", string? sku = null) => ProductCsvText.Row(
        sku ?? $"BULK-{n:0000}", "", $"Bulk Item {n}", n == 5 ? "Line one\nline two" : "", price, "2", category, "active", n == 5 ? "7" : "1", "3");

    private static async Task<string> ExportAsync(ImportRig rig, AdminProductFilter filter)
    {
        var text = new StringWriter();
        await ProductCsvWriter.WriteAsync(text, new AdminProductQueries(rig.Database.Contexts).ExportAsync(filter), rig.Store.Value.Currency);
        return text.ToString();
    }

    private static async Task<int> ProductCountAsync(ImportRig rig)
    {
        await using var db = rig.Database.NewContext();
        return await db.Products.CountAsync();
    }
}
