using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Browser;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Admin.Web;

[Collection(ChromiumCollection.Name)]
public sealed class AdminOrdersBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_newly_paid_order_appears_on_the_admin_order_list_without_a_reload()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var page = await chromium.NewPageAsync(store.BaseUri);
        await page.SignInAsDevAsync(store.BaseUri, DevUser.Admin, "/admin/orders");
        await page.GotoAsync("/admin/orders");
        await page.WaitForInteractiveAsync(".admin-order-list");
        await Expect(page.GetByText("No orders match these filters.")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.sameDocument = true");

        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        await store.WaitForOrderAsync(started.OrderNumber, order => order.Status == OrderStatus.Paid);

        var row = page.Locator($"tr[data-order='{started.OrderNumber}']");
        await Expect(row).ToContainTextAsync("Paid");
        await Expect(row).ToContainTextAsync("$16.00");
        await Expect(page.Locator(".admin-order-list [role=status]")).ToHaveTextAsync("1 order");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
    }
}
