using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

[Collection(ChromiumCollection.Name)]
public sealed class CartBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Adding_on_the_product_page_updates_the_badge_in_every_open_tab()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var page = await chromium.NewPageAsync(app.StartOnKestrel());
        await page.GotoAsync("/");
        var otherTab = await page.Context.NewPageAsync();
        await otherTab.GotoAsync("/");
        await otherTab.WaitForVisitorAsync();

        await page.GotoAsync("/products/walnut-cutting-board");
        await page.WaitForVisitorAsync();
        await page.GetByLabel("Quantity").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Walnut Cutting Board" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added. 2 in your cart.");
        await Expect(page.CartCount()).ToHaveTextAsync("2");
        await Expect(otherTab.CartCount()).ToHaveTextAsync("2");
        Assert.EndsWith("/products/walnut-cutting-board", page.Url);
    }

    [Fact]
    public async Task An_open_cart_follows_an_add_made_in_another_tab()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var cart = await chromium.NewPageAsync(app.StartOnKestrel());
        await cart.GotoAsync("/cart");
        await cart.WaitForInteractiveAsync(".cart");
        await Expect(cart.GetByRole(AriaRole.Heading, new() { Name = "Your cart is empty" })).ToBeVisibleAsync();

        var shop = await cart.Context.NewPageAsync();
        await shop.GotoAsync("/products/enamel-mug");
        await shop.WaitForVisitorAsync();
        await shop.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Enamel Camp Mug" }).ClickAsync();

        await Expect(cart.Locator(".cart-line")).ToHaveCountAsync(1);
        await Expect(cart.Locator(".cart-subtotal")).ToHaveTextAsync("Subtotal $16.00");
        await Expect(cart.CartCount()).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task The_cart_survives_a_reload_and_a_new_tab_and_can_be_edited()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var page = await chromium.NewPageAsync(app.StartOnKestrel());
        await page.GotoAsync("/?category=kitchen");
        await page.WaitForVisitorAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Enamel Camp Mug" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Ceramic Pour-Over Dripper" }).ClickAsync();
        await Expect(page.CartCount()).ToHaveTextAsync("2");

        var newTab = await page.Context.NewPageAsync();
        await newTab.GotoAsync("/cart");
        await newTab.ReloadAsync();
        await newTab.WaitForInteractiveAsync(".cart");
        await Expect(newTab.Locator(".cart-line")).ToHaveCountAsync(2);

        await newTab.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Enamel Camp Mug" })
            .GetByLabel("Quantity").SelectOptionAsync("3");
        await Expect(newTab.Locator(".cart-subtotal")).ToHaveTextAsync("Subtotal $76.00");
        await newTab.GetByRole(AriaRole.Button, new() { Name = "Remove Ceramic Pour-Over Dripper" }).ClickAsync();

        await Expect(newTab.Locator(".cart-line")).ToHaveCountAsync(1);
        await Expect(newTab.Locator(".cart-subtotal")).ToHaveTextAsync("Subtotal $48.00");
        await Expect(page.CartCount()).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task Without_javascript_the_forms_still_add_change_and_refuse_with_a_reason()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.StartOnKestrel().ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/products/walnut-cutting-board");
        await page.GetByLabel("Quantity").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Walnut Cutting Board" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cart$"));
        await Expect(page.Locator(".cart-line")).ToHaveCountAsync(1);
        await Expect(page.Locator(".cart-subtotal")).ToHaveTextAsync("Subtotal $192.00");
        // Without script the header keeps its neutral links, which work.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cart" })).ToHaveAttributeAsync("href", "/cart");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GotoAsync("/products/walnut-cutting-board");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Walnut Cutting Board" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/products/walnut-cutting-board\\?problem=OutOfStock"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Only 3 left in stock.");

        await page.GotoAsync("/cart");
        await page.GetByLabel("Quantity").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await Expect(page.Locator(".cart-subtotal")).ToHaveTextAsync("Subtotal $64.00");
    }
}
