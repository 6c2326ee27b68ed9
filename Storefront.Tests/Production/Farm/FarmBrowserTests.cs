using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Core.Orders;
using Storefront.Tests.Browser;
using Storefront.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Production.Farm;

/// <summary>
/// Two instances behind nginx, in Chromium: signed in on A, a shopper keeps going on B, pays by bank debit on
/// Stripe's page, and the debit settles with the webhook sent to B, while A's success page and A's admin list,
/// both open, turn Paid without a reload.
/// </summary>
[Collection(MachineWideCollection.Name)]
public sealed partial class FarmBrowserTests(ChromiumFixture chromium)
{
    private const string SettlingIban = "DE89370400440532013000";

    [Fact]
    public async Task Signed_in_on_A_a_shopper_pays_on_B_and_A_sees_the_webhook_B_applied_live()
    {
        await using var farm = await StoreFarm.StartAsync();
        try
        {
            await ShopAcrossInstancesAsync(farm);
        }
        catch (Exception error) when (error is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{error.Message}\n{farm.Output}", error);
        }
    }

    private async Task ShopAcrossInstancesAsync(StoreFarm farm)
    {
        var onA = farm.Ports.PinnedUri(0);
        var onB = farm.Ports.PinnedUri(1);

        var admin = await chromium.NewPageAsync(onA, acceptSelfSignedCertificates: true);
        await admin.GotoAsync("/admin/orders");
        await admin.LogInAtAuth0Async(farm.Oidc, OidcAccount.Admin);
        await Expect(admin).ToHaveURLAsync(new Uri(onA, "admin/orders").ToString());
        await admin.WaitForInteractiveAsync(".admin-order-list");
        await Expect(admin.GetByText("No orders match these filters.")).ToBeVisibleAsync();

        var shopper = await chromium.NewPageAsync(onA, acceptSelfSignedCertificates: true);
        await shopper.GotoAsync("/account/orders");
        await shopper.LogInAtAuth0Async(farm.Oidc, OidcAccount.Shopper);
        await Expect(shopper.Locator(".account-name")).ToHaveTextAsync(OidcAccount.Shopper.Name);
        await Expect(shopper).ToHaveTitleAsync(new Regex(StoreFarm.InstanceName(0)));

        // B reads the sign-in cookie A wrote: the key ring is the database's.
        await shopper.GotoAsync(new Uri(onB, "account/orders").ToString());
        await Expect(shopper.Locator(".account-name")).ToHaveTextAsync(OidcAccount.Shopper.Name);
        await Expect(shopper).ToHaveTitleAsync(new Regex(StoreFarm.InstanceName(1)));
        await shopper.GotoAsync(new Uri(onB, "products/enamel-mug").ToString());
        await shopper.WaitForVisitorAsync();
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Enamel Camp Mug" }).ClickAsync();
        await Expect(shopper.CartCount()).ToHaveTextAsync("1");
        await shopper.GotoAsync(new Uri(onB, "cart").ToString());
        await shopper.WaitForInteractiveAsync("form.checkout-form");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();

        await Expect(shopper).ToHaveURLAsync(PaymentPage());
        await Expect(shopper.GetByLabel("Email")).ToHaveValueAsync(OidcAccount.Shopper.Email);
        var sessionId = shopper.Url[(shopper.Url.LastIndexOf('/') + 1)..];
        await shopper.FillShopperDetailsAsync(email: null);
        await shopper.GetByLabel("SEPA bank debit").CheckAsync();
        await shopper.GetByLabel("IBAN").FillAsync(SettlingIban);
        await shopper.GetByRole(AriaRole.Button, new() { NameRegex = PayButton() }).ClickAsync();

        await Expect(shopper).ToHaveURLAsync(new Regex($"^{Regex.Escape(onA.ToString())}checkout/success\\?session_id={sessionId}$"));
        await Expect(shopper.Locator(".order-status")).ToContainTextAsync("Confirming your payment…");
        await shopper.WaitForInteractiveAsync(".order-status");
        await farm.SettleAsync(sessionId);

        await Expect(shopper.Locator(".order-status")).ToContainTextAsync("Paid");
        await using var db = farm.Database.NewContext();
        var order = await db.Orders.SingleAsync();
        Assert.Equal((OrderStatus.Paid, OidcAccount.Shopper.Sub), (order.Status, order.UserId));
        await Expect(admin.Locator($"tr[data-order='{order.Number}']")).ToContainTextAsync("Paid");
        var email = Assert.Single(await farm.Smtp.WaitForMessagesAsync(1));
        Assert.Equal(OidcAccount.Shopper.Email, email.To.Mailboxes.Single().Address);
    }

    [GeneratedRegex("/c/pay/cs_")]
    private static partial Regex PaymentPage();

    [GeneratedRegex("^Pay ")]
    private static partial Regex PayButton();
}
