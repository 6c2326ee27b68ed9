using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

internal static class Auth0PageExtensions
{
    /// <summary>Fills the provider's login form as a person would, once the store has sent the browser there.</summary>
    public static async Task LogInAtAuth0Async(this IPage page, OidcApplication oidc, OidcAccount account)
    {
        await Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(oidc.Issuer.ToString())}interaction/"));
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    /// <summary>Every address the page navigates to from now on, redirects included.</summary>
    public static IReadOnlyCollection<string> RecordNavigations(this IPage page)
    {
        var visited = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Frame == page.MainFrame)
            {
                visited.Enqueue(request.Url);
            }
        };
        return visited;
    }
}
