using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.Production;
using Storefront.Tests.StripeEmulator.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

[Collection(ChromiumCollection.Name)]
public sealed class OpenCircuitsBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task The_open_circuits_gauge_counts_an_interactive_tab_while_it_is_open()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var baseUri = app.StartOnKestrel();
        using var scraper = new HttpClient { BaseAddress = baseUri };
        Assert.Equal(0, (await PrometheusScrape.ReadAsync(scraper)).GetValueOrDefault("storefront_circuits_open", -1));

        var page = await chromium.NewPageAsync(baseUri);
        await page.GotoAsync("/cart");
        await page.WaitForInteractiveAsync(".cart");
        await OpenCircuitsAsync(scraper, 1);

        // Closing the tab ends its circuit at once: blazor.web.js says goodbye as the page unloads.
        await page.CloseAsync(new() { RunBeforeUnload = true });
        await OpenCircuitsAsync(scraper, 0);
    }

    [Fact]
    public async Task A_shopper_who_browses_and_adds_to_the_cart_holds_no_circuit()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var baseUri = app.StartOnKestrel();
        using var scraper = new HttpClient { BaseAddress = baseUri };
        var page = await chromium.NewPageAsync(baseUri);

        foreach (var path in new[] { "/", "/?category=desk", "/?q=pen", "/products/brass-pen" })
        {
            var response = await page.GotoAsync(path);
            Assert.DoesNotContain("<!--Blazor:", await response!.TextAsync());
        }

        await page.WaitForVisitorAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Brass Ballpoint Pen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added. 1 in your cart.");
        await Expect(page.CartCount()).ToHaveTextAsync("1");
        Assert.EndsWith("/products/brass-pen", page.Url);
        Assert.Equal(0, (await PrometheusScrape.ReadAsync(scraper)).GetValueOrDefault("storefront_circuits_open", -1));
    }

    private static Task<object> OpenCircuitsAsync(HttpClient scraper, double expected) =>
        Wait.UntilAsync(async () =>
            (await PrometheusScrape.ReadAsync(scraper)).GetValueOrDefault("storefront_circuits_open", -1) == expected ? new object() : null);
}
