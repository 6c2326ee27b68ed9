using Microsoft.Playwright;
using Storefront.Core.Admin;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>The main shop and admin pages pass axe-core's WCAG 2.1 A and AA rules with no serious or critical violation.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_shopper_path_from_the_catalog_to_the_paid_order_passes_axe()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var page = await chromium.NewPageAsync(store.BaseUri, bypassContentSecurityPolicy: true);
        await page.SignInAsDevAsync(store.BaseUri, DevUser.Shopper);

        await page.AssertAccessibleAsync();
        await page.GotoAsync("/?category=kitchen");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/products/enamel-mug");
        await page.WaitForVisitorAsync();
        await page.AssertAccessibleAsync();

        // Speech users say what they see: the button's name starts with its visible label.
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Enamel Camp Mug", Exact = true });
        await Expect(add).ToHaveTextAsync("Add to cart");
        await add.ClickAsync();
        await Expect(page.CartCount()).ToHaveTextAsync("1");
        await page.GotoAsync("/cart");
        await page.WaitForInteractiveAsync("form.checkout-form");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();
        await page.PayWithCardAsync(email: null);
        await Expect(page.Locator(".order-status")).ToContainTextAsync("Paid");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/account/orders");
        await page.AssertAccessibleAsync();
        await page.Locator("main a[href^='/orders/']").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Order");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_admin_dashboard_orders_order_outbox_and_audit_pages_pass_axe()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var number = await AdminOrderActionsTests.PaidOrderAsync(store, ("brass-pen", 1));
        await store.Service<AdminOrderActions>().RefundAsync(Staff.Member, number, 500, Guid.NewGuid());
        await store.WaitForOrderAsync(number, o => o.Status == OrderStatus.PartiallyRefunded);
        var page = await chromium.NewPageAsync(store.BaseUri, bypassContentSecurityPolicy: true);
        await page.SignInAsDevAsync(store.BaseUri, DevUser.Admin, "/admin");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await Expect(heading).ToHaveTextAsync("Dashboard");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/admin/orders");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"/admin/orders/{number}");
        await Expect(heading).ToHaveTextAsync($"Order {number}");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/admin/outbox");
        await Expect(heading).ToHaveTextAsync("Outbox");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/admin/audit");
        await Expect(page.GetByText("Sam Staff")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var pen = await store.Database.ProductAsync("brass-pen");
        await store.Service<StockAdjuster>().AdjustAsync(Staff.Member, pen.Id, "4", StockReason.Received);
        await page.GotoAsync($"/admin/products/{pen.Id}");
        await Expect(page.Locator("table.stock-ledger tbody tr")).ToHaveCountAsync(2);
        await page.AssertAccessibleAsync();
    }
}
