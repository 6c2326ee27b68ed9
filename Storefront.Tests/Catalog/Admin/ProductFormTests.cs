using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Admin;

public sealed class ProductFormTests
{
    private const string New = "/admin/products/new";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_product_created_in_the_admin_is_stored_in_minor_units_and_shown_in_the_shop_on_sale(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);

        var created = await CreateAsync(admin, ("Name", "Linen Apron"), ("Sku", "AP-1"), ("Price", "24.50"), ("CompareAtPrice", "30"), ("Stock", "3"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var product = await admin.ProductAsync("linen-apron");
        Assert.Equal(("AP-1", 2450L, 3000L, 3), (product.Sku, product.UnitPrice, product.CompareAtPrice!.Value, product.Stock));
        Assert.Equal($"/admin/products/{product.Id}?created=true", new Uri(admin.Client.BaseAddress!, created.Headers.Location!).PathAndQuery);
        var page = await admin.GetHtmlAsync("/products/linen-apron");
        Assert.Contains("<h1>Linen Apron</h1>", page);
        Assert.Contains("<span class=\"sale-tag\">Sale</span>", page);
        Assert.Contains("$30.00", page);
        Assert.Contains("Linen Apron", await admin.GetHtmlAsync("/admin/products?search=ap-"));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_negative_price_is_refused_with_a_message_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);
        var before = await admin.ProductCountAsync();

        var refused = await CreateAsync(admin, ("Name", "Linen Apron"), ("Price", "-5.00"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await CatalogAdmin.BodyAsync(refused);
        Assert.Contains("The price cannot be negative (it is -5.00).", html);
        Assert.Contains("value=\"Linen Apron\"", html);
        Assert.Equal(before, await admin.ProductCountAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_duplicate_slug_or_sku_is_refused_naming_the_product_that_has_it(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);
        await CreateAsync(admin, ("Name", "Linen Apron"), ("Sku", "AP-1"));
        var before = await admin.ProductCountAsync();

        var slug = await CreateAsync(admin, ("Name", "Another Apron"), ("Slug", "enamel-mug"));
        var sku = await CreateAsync(admin, ("Name", "Another Apron"), ("Sku", "AP-1"));

        Assert.Equal(HttpStatusCode.BadRequest, slug.StatusCode);
        Assert.Contains("The slug “enamel-mug” is already used by “Enamel Camp Mug”.", await CatalogAdmin.BodyAsync(slug));
        Assert.Equal(HttpStatusCode.BadRequest, sku.StatusCode);
        Assert.Contains("The SKU “AP-1” is already used by “Linen Apron”.", await CatalogAdmin.BodyAsync(sku));
        Assert.Equal(before, await admin.ProductCountAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Script_in_the_name_shows_as_text_and_no_script_handler_or_javascript_link_reaches_the_page(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);
        const string description = "**Bold** words.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(2))";

        await CreateAsync(admin, ("Name", "<script>alert(1)</script> Apron"), ("Slug", "apron"), ("Description", description));

        var response = await admin.Client.GetAsync("/products/apron");
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Apron</h1>", raw);
        Assert.Contains("<strong>Bold</strong>", raw);
        Assert.DoesNotContain("<script>alert", raw);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", raw);
        // Read as a browser reads it: typed markup may show as text (in the page, or its search snippet) but
        // never becomes an element, an event handler or a link.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(raw);
        Assert.DoesNotContain(page.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        // The page's own scripts only: files it loads, and the JSON-LD data block (which holds the name as JSON text).
        Assert.All(page.Scripts, script => Assert.True(script.Source is { Length: > 0 } || script.Type == "application/ld+json", script.OuterHtml));
        Assert.DoesNotContain(page.QuerySelectorAll("[href], [src]"), element =>
            (element.GetAttribute("href") ?? element.GetAttribute("src"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_yen_price_has_no_decimals()
    {
        await using var admin = await CatalogAdmin.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Store:Currency"] = "jpy" });

        var refused = await CreateAsync(admin, ("Name", "Tea Towel"), ("Price", "1250.5"));
        var created = await CreateAsync(admin, ("Name", "Tea Towel"), ("Price", "1250"));

        Assert.Contains("The price: JPY amounts have no decimals.", await CatalogAdmin.BodyAsync(refused));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(1250, (await admin.ProductAsync("tea-towel")).UnitPrice);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_changed_slug_answers_301_from_the_old_address_and_an_archived_product_leaves_the_shop_but_keeps_its_page(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);
        var mug = await admin.ProductAsync("enamel-mug");
        var path = $"/admin/products/{mug.Id}";

        var saved = await admin.PostFormAsync(path, "product", Fields(("Name", "Enamel Camp Mug"), ("Slug", "camp-mug"), ("Price", "16.00"),
            ("Stock", mug.Stock.ToString()), ("StockShown", mug.Stock.ToString()), ("Status", "archived")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var old = await admin.Client.GetAsync("/products/enamel-mug");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/products/camp-mug", new Uri(admin.Client.BaseAddress!, old.Headers.Location!).PathAndQuery);
        var page = await admin.GetHtmlAsync("/products/camp-mug");
        Assert.Contains("This product is no longer available.", page);
        Assert.DoesNotContain("Add to cart", page);
        Assert.DoesNotContain("Enamel Camp Mug", await admin.GetHtmlAsync("/?q=mug"));
        Assert.Contains("Enamel Camp Mug", await admin.GetHtmlAsync("/admin/products?status=archived"));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_stock_edit_moves_stock_by_the_difference_so_units_sold_meanwhile_are_kept(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);
        var mug = await admin.ProductAsync("enamel-mug");
        var path = $"/admin/products/{mug.Id}";
        var form = await admin.GetHtmlAsync(path);
        await using (var db = admin.Database.NewContext())
        {
            // A shopper's reservation lands between the admin loading the page and saving it.
            await db.Products.Where(p => p.Id == mug.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - 2));
        }

        var saved = await admin.PostFormAsync(path, "product", Fields(("Name", mug.Name), ("Slug", mug.Slug), ("Price", "16.00"),
            ("Stock", (mug.Stock + 5).ToString()), ("StockShown", mug.Stock.ToString())));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"name=\"StockShown\" value=\"{mug.Stock}\"", form);
        Assert.Equal(mug.Stock - 2 + 5, (await admin.ProductAsync(mug.Slug)).Stock);
    }

    private static Task<HttpResponseMessage> CreateAsync(CatalogAdmin admin, params (string Name, string Value)[] fields) =>
        admin.PostFormAsync(New, "product", Fields(fields));

    /// <summary>A complete product form: the given fields over sensible defaults.</summary>
    private static (string Name, string Value)[] Fields(params (string Name, string Value)[] fields)
    {
        var form = new Dictionary<string, string>
        {
            ["Name"] = "", ["Slug"] = "", ["Sku"] = "", ["Category"] = "kitchen", ["Price"] = "10.00", ["CompareAtPrice"] = "",
            ["Stock"] = "0", ["StockShown"] = "0", ["LowStockThreshold"] = "5", ["Description"] = "", ["Status"] = "active",
        };
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        return [.. form.Select(f => (f.Key, f.Value))];
    }
}
