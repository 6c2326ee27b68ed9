using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Tests.Browser;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Production;

/// <summary>Under the store's Content-Security-Policy, Blazor Server still starts its circuit and the shop still works.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Shopping_and_the_admin_work_with_no_policy_violation()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var baseUrl = app.StartOnKestrel();
        var page = await chromium.NewPageAsync(baseUrl);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync("/?category=kitchen");
        await page.WaitForVisitorAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Enamel Camp Mug" }).ClickAsync();
        await Expect(page.CartCount()).ToHaveTextAsync("1");
        await page.SignInAsDevAsync(baseUrl, DevUser.Admin, "/admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        Assert.Empty(violations);
    }
}
