using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Stripe.Checkout;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>A signed-in shopper checking out through the interactive cart, as most shoppers do.</summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class SignedInCheckoutBrowserTests(ChromiumFixture chromium)
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_signed_in_shoppers_interactive_checkout_is_theirs_with_their_email_on_Stripes_page(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var page = await chromium.NewPageAsync(store.BaseUri);
        await page.SignInAsDevAsync(store.BaseUri, DevUser.Shopper, "/products/enamel-mug");
        await page.WaitForVisitorAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Enamel Camp Mug" }).ClickAsync();
        await Expect(page.CartCount()).ToHaveTextAsync("1");

        await page.GotoAsync("/cart");
        await page.WaitForInteractiveAsync("form.checkout-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(PaymentPage());
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync(DevUser.Shopper.Email);
        var session = await new SessionService(store.Stripe).GetAsync(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        Assert.Equal(DevUser.Shopper.Email, session.CustomerEmail);
        await page.PayWithCardAsync(email: null);
        await Expect(page.Locator(".order-status")).ToContainTextAsync("Paid");

        await using var db = store.Database.NewContext();
        var order = await db.Orders.SingleAsync();
        Assert.Equal((OrderStatus.Paid, DevUser.Shopper.UserId), (order.Status, order.UserId));
        await page.GotoAsync("/account/orders");
        await Expect(page.Locator(".orders-table")).ToContainTextAsync(order.Number);
    }

    [GeneratedRegex("/stripe-emulator/c/pay/cs_")]
    private static partial Regex PaymentPage();
}
