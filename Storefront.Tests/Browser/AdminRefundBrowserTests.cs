using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>Staff work end to end: sign in through Auth0 (the local stand-in), refund through Stripe (the emulator), sign out.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AdminRefundBrowserTests(ChromiumFixture chromium)
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_admin_signs_in_through_Auth0_refunds_an_order_in_two_parts_and_signs_out(DatabaseProvider provider)
    {
        await using var shop = await StoreWithAuth0.StartAsync(provider);
        var started = await shop.Store.CheckoutAsync(await shop.Store.CartWithAsync(("enamel-mug", 2)));
        await shop.Store.PayAsync(StoreHarness.SessionIdOf(started));
        var order = await shop.Store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        var page = await chromium.NewPageAsync(shop.BaseUri);
        var visited = page.RecordNavigations();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await page.GotoAsync("/admin");
        await page.LogInAtAuth0Async(shop.Oidc, OidcAccount.Admin);
        await Expect(heading).ToHaveTextAsync("Dashboard");
        await page.GetByRole(AriaRole.Link, new() { Name = "Orders", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = order.Number }).ClickAsync();
        await Expect(heading).ToHaveTextAsync($"Order {order.Number}");
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Paid");

        await RefundAsync(page, "10.00");
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Partially refunded");
        await RefundAsync(page, "22.00");
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Refunded");

        await using (var db = shop.Store.Database.NewContext())
        {
            var refunded = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id);
            Assert.Equal(OrderStatus.Refunded, refunded.Status);
            Assert.Equal(3200, refunded.AmountRefunded);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Contains(visited, url => url.StartsWith($"{shop.Oidc.Issuer}v2/logout?", StringComparison.Ordinal));
    }

    private static async Task RefundAsync(IPage page, string amount)
    {
        await page.GetByLabel("Refund amount").FillAsync(amount);
        await page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Refund requested" })).ToBeVisibleAsync();
    }
}
