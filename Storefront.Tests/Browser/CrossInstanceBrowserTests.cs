using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.LiveUpdates;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>
/// Two store instances on one PostgreSQL, in Chromium: pages open on A follow a payment that B applies
/// (the emulator's webhooks go to B, and A works no payments itself).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class CrossInstanceBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task The_success_page_open_on_A_turns_Paid_when_B_applies_the_payment()
    {
        await using var b = await StoreHarness.StartAsync(DatabaseProvider.Postgres);
        await using var a = PeerInstance.Start(b);
        await NoticeListeners.WaitForAsync(b.Database, pids => pids.Length == 2);
        var page = await chromium.NewPageAsync(a.BaseUri);
        await page.GotoAsync("/products/enamel-mug");
        await page.WaitForVisitorAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = AddToCart() }).ClickAsync();
        await Expect(page.CartCount()).ToHaveTextAsync("1");
        await page.GotoAsync("/cart");
        await page.WaitForInteractiveAsync("form.checkout-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PaymentPage());
        var sessionId = PaymentPage().Match(page.Url).Groups[1].Value;

        // Open on A before paying, so only a notice can turn it.
        await page.GotoAsync($"/checkout/success?session_id={sessionId}");
        await page.WaitForInteractiveAsync(".order-status");
        await Expect(page.Locator(".order-status")).ToContainTextAsync("Confirming your payment");
        await b.PayAsync(sessionId);

        await Expect(page.Locator(".order-status")).ToContainTextAsync("Paid");
        Assert.Equal(OrderStatus.Paid, (await OrderOfAsync(b, sessionId)).Status);
    }

    [Fact]
    public async Task The_admin_order_list_open_on_A_shows_an_order_paid_on_B()
    {
        await using var b = await StoreHarness.StartAsync(DatabaseProvider.Postgres);
        await using var a = PeerInstance.Start(b);
        await NoticeListeners.WaitForAsync(b.Database, pids => pids.Length == 2);
        var started = await b.CheckoutAsync(await b.CartWithAsync(("enamel-mug", 1)));
        var page = await chromium.NewPageAsync(a.BaseUri);
        await page.SignInAsDevAsync(a.BaseUri, DevUser.Admin, "/admin/orders");
        await page.GotoAsync("/admin/orders");
        await page.WaitForInteractiveAsync(".admin-order-list");
        var row = page.Locator($"tr[data-order='{started.OrderNumber}']");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.Locator(".status-paid")).ToHaveCountAsync(0);

        await b.PayAsync(StoreHarness.SessionIdOf(started));

        await Expect(row.Locator(".status-paid")).ToBeVisibleAsync();
    }

    private static async Task<Order> OrderOfAsync(StoreHarness store, string sessionId)
    {
        await using var db = store.Database.NewContext();
        return await db.Orders.AsNoTracking().SingleAsync(order => order.CheckoutSessionId == sessionId);
    }

    [GeneratedRegex("/stripe-emulator/c/pay/(cs_[A-Za-z0-9_]+)")]
    private static partial Regex PaymentPage();

    [GeneratedRegex("^Add to cart: ")]
    private static partial Regex AddToCart();
}
