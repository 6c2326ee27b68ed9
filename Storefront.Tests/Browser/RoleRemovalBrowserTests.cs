using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>An open admin circuit is revalidated too: it closes its admin view once the admin role is gone.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RoleRemovalBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task An_open_admin_order_list_closes_when_the_admin_role_is_removed_at_the_provider()
    {
        await using var shop = await StoreWithAuth0.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Auth:RevalidateInterval"] = "00:00:00.500",
        });
        var admin = await OidcUsers.CreateAsync(StorefrontRoles.Admin);
        var page = await chromium.NewPageAsync(shop.BaseUri);
        await page.GotoAsync("/admin/orders");
        await page.LogInAtAuth0Async(shop.Oidc, admin);
        await Expect(page.Locator(".admin-order-list[data-interactive=true]")).ToBeVisibleAsync();

        await OidcUsers.RemoveRolesAsync(admin, StorefrontRoles.Admin);

        await Expect(page.GetByText("Your access to the admin pages has ended.")).ToBeVisibleAsync();
        await Expect(page.Locator(".admin-order-list")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Access denied");
    }
}
