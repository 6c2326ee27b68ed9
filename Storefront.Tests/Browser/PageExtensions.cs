using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

internal static class PageExtensions
{
    /// <summary>
    /// Waits until the Blazor circuit has taken over <paramref name="selector"/>: interactive components
    /// mark themselves <c>data-interactive="true"</c> once <c>RendererInfo.IsInteractive</c> is true.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page, string selector) =>
        Expect(page.Locator($"{selector}[data-interactive=true]").First).ToBeVisibleAsync();

    /// <summary>
    /// Waits until <c>visitor.js</c> has filled in the header (the count is hidden until then), so its add-to-cart
    /// handler is in place: catalog pages have no circuit to wait for.
    /// </summary>
    public static Task WaitForVisitorAsync(this IPage page) => Expect(page.CartCount()).ToBeVisibleAsync();

    public static ILocator CartCount(this IPage page) => page.GetByTestId("cart-count");
}
