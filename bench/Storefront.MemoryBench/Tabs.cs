using Microsoft.Playwright;

namespace Storefront.MemoryBench;

/// <summary>Opens many tabs a few at a time and keeps them open, as shoppers' browsers would.</summary>
public static class Tabs
{
    public const int AtOnce = 8;

    /// <summary>A shopper who only browses: their own browser (cookie jar), the home page, a product page, add to cart.</summary>
    public static async Task<IPage> BrowseAsync(IBrowser browser, Uri baseUri, string productPath)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUri.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GotoAsync(productPath);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Add to cart") }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    /// <summary>An interactive page: the cart editor, which holds a circuit for as long as the tab is open.</summary>
    public static async Task<IPage> OpenCartAsync(IBrowserContext shopper)
    {
        var page = await shopper.NewPageAsync();
        await page.GotoAsync("/cart");
        return page;
    }

    public static async Task<List<IPage>> OpenAsync(int count, Func<Task<IPage>> open)
    {
        var pages = new List<IPage>();
        for (var opened = 0; opened < count; opened += AtOnce)
        {
            pages.AddRange(await Task.WhenAll(Enumerable.Range(0, Math.Min(AtOnce, count - opened)).Select(_ => open())));
        }

        return pages;
    }
}
