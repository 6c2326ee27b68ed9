using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

[Collection(ChromiumCollection.Name)]
public sealed class CatalogBrowserTests(ChromiumFixture chromium)
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_shopper_filters_by_category_and_opens_a_product(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        var page = await chromium.NewPageAsync(app.StartOnKestrel());

        await page.GotoAsync("/");
        await Expect(page.Locator("article.product-card")).ToHaveCountAsync(15);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Categories" })
            .GetByRole(AriaRole.Link, new() { Name = "Desk" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("category=desk$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Desk");
        await Expect(page.Locator("article.product-card")).ToHaveCountAsync(4);

        await page.GetByRole(AriaRole.Link, new() { Name = "Oak Desk Lamp" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/products/desk-lamp$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Oak Desk Lamp");
        await Expect(page.Locator(".product-detail-price")).ToHaveTextAsync("$120.00");
        await Expect(page.GetByText("Only 2 left")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_keyboard_user_searches_and_opens_a_product_without_a_mouse()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var page = await chromium.NewPageAsync(app.StartOnKestrel());
        await page.GotoAsync("/");

        await page.GetByLabel("Search products").FocusAsync();
        await page.Keyboard.TypeAsync("socks");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("article.product-card")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Hiking Wool Socks" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hiking Wool Socks");
    }
}
