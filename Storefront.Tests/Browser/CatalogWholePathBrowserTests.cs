using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Catalog.Admin;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>Issue 11's whole path: the merchant stocks a new product, a shopper buys it out, the merchant restocks it.</summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class CatalogWholePathBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_product_made_in_the_admin_is_bought_out_restocked_and_both_changes_show_in_the_ledger_and_audit_log()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var admin = await chromium.NewPageAsync(store.BaseUri);
        await admin.SignInAsDevAsync(store.BaseUri, DevUser.Admin, "/admin/categories");
        var productPath = await CreateProductAsync(admin);

        var shopper = await chromium.NewPageAsync(store.BaseUri);
        await shopper.GotoAsync("/?category=garden");
        var card = shopper.Locator("article.product-card");
        await Expect(card.GetByRole(AriaRole.Img, new() { Name = "A green watering can" })).ToHaveAttributeAsync("srcset", SrcSet());
        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Watering Can");
        var offer = ProductJsonLd(await shopper.Locator("script[type='application/ld+json']").AllTextContentsAsync()).GetProperty("offers");
        Assert.Equal(("34.00", "USD", "https://schema.org/InStock"),
            (offer.GetProperty("price").ToString(), offer.GetProperty("priceCurrency").GetString(), offer.GetProperty("availability").GetString()));

        await shopper.WaitForVisitorAsync();
        await shopper.GetByLabel("Quantity").SelectOptionAsync("3");
        await shopper.GetByRole(AriaRole.Button, new() { NameRegex = AddToCart() }).ClickAsync();
        await Expect(shopper.CartCount()).ToHaveTextAsync("3");
        await shopper.GotoAsync("/cart");
        await shopper.WaitForInteractiveAsync("form.checkout-form");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();
        await shopper.PayWithCardAsync();
        await Expect(shopper.Locator(".order-status")).ToContainTextAsync("Paid");
        await shopper.GotoAsync("/products/watering-can");
        await Expect(shopper.Locator(".stock-out")).ToHaveTextAsync("Out of stock");

        await admin.GotoAsync(productPath);
        await admin.GetByLabel("Units to add (such as 5) or take away (such as -2)").FillAsync("5");
        await admin.GetByLabel("Reason").SelectOptionAsync(new SelectOptionValue { Label = "Received" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Adjust stock" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Stock adjusted.");
        await Expect(admin.Locator("#stock-now")).ToHaveTextAsync("5");

        string order;
        await using (var db = store.Database.NewContext())
        {
            order = (await db.Orders.AsNoTracking().SingleAsync(o => o.Status == OrderStatus.Paid)).Number;
        }

        var ledger = admin.Locator("table.stock-ledger tbody tr");
        await Expect(ledger).ToHaveCountAsync(3);
        await Expect(ledger.Nth(0)).ToContainTextAsync(new Regex(@"\+5\s*Received\s*5\s*Dev Admin"));
        await Expect(ledger.Nth(1)).ToContainTextAsync(new Regex(@"-3\s*Sale\s*0\s*Order " + order));
        await Expect(ledger.Nth(2)).ToContainTextAsync(new Regex(@"\+3\s*Opening stock\s*3"));

        var audit = admin.Locator(".product-audit table tbody tr");
        await Expect(audit.Nth(0)).ToContainTextAsync("stock.adjust");
        await Expect(audit.Nth(0)).ToContainTextAsync("\"stock\":5,\"delta\":5,\"reason\":\"Received\"");
        await Expect(admin.Locator(".product-audit")).ToContainTextAsync("product.create");
        await admin.GotoAsync("/admin/audit?action=stock.adjust");
        await Expect(admin.Locator("table.audit-table tbody tr")).ToContainTextAsync("\"stock\":0");
        await using var check = store.Database.NewContext();
        var product = await check.Products.AsNoTracking().SingleAsync(p => p.Slug == "watering-can");
        Assert.Equal(5, product.Stock);
        Assert.Equal([StockReason.Opening, StockReason.Sale, StockReason.Received],
            await check.StockLedger.Where(e => e.ProductId == product.Id).OrderBy(e => e.Id).Select(e => e.Reason).ToListAsync());
    }

    private static async Task<string> CreateProductAsync(IPage admin)
    {
        await admin.GotoAsync("/admin/categories");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Garden");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create category" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Categories saved.");

        await admin.GotoAsync("/admin/products/new");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Watering Can");
        await admin.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Garden" });
        await admin.GetByLabel("Price (USD)").FillAsync("34.00");
        await admin.GetByLabel("Stock", new() { Exact = true }).FillAsync("3");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create product" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Product created.");
        var productPath = new Uri(admin.Url).AbsolutePath;

        foreach (var (file, alt) in new[] { ("can.png", "A green watering can"), ("spout.png", "The can's brass spout") })
        {
            await admin.GetByLabel("Image (JPEG, PNG or WebP").SetInputFilesAsync(
                new FilePayload { Name = file, MimeType = "image/png", Buffer = TestImages.Png(700, 700) });
            await admin.GetByLabel("Alt text (what the picture shows)").FillAsync(alt);
            // Re-encoding into several widths takes a while on a busy machine: the wait is a ceiling for that, not a measurement.
            await admin.GetByRole(AriaRole.Button, new() { Name = "Upload image" }).ClickAsync(new() { Timeout = 90_000 });
            await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Image added.", new() { Timeout = 90_000 });
        }

        await Expect(admin.Locator(".product-image-list li")).ToHaveCountAsync(2);
        return productPath;
    }

    private static JsonElement ProductJsonLd(IEnumerable<string> scripts) =>
        scripts.Select(script => JsonDocument.Parse(script).RootElement)
            .SelectMany(json => json.ValueKind == JsonValueKind.Array ? json.EnumerateArray().ToList() : [json])
            .Single(json => json.TryGetProperty("@type", out var type) && type.GetString() == "Product");

    [GeneratedRegex(@"^/media/products/[0-9a-f]{32}-320\.webp 320w, /media/products/[0-9a-f]{32}-640\.webp 640w")]
    private static partial Regex SrcSet();

    [GeneratedRegex("^Add to cart: ")]
    private static partial Regex AddToCart();
}
