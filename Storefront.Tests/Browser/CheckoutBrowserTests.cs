using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

[Collection(ChromiumCollection.Name)]
public sealed partial class CheckoutBrowserTests(ChromiumFixture chromium)
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_shopper_pays_with_a_good_card_and_sees_the_paid_order(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var page = await chromium.NewPageAsync(store.BaseUri);

        await AddToCartAndCheckOutAsync(page, "enamel-mug");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pay $16.00" })).ToBeVisibleAsync();
        await page.PayWithCardAsync("4242 4242 4242 4242");

        await Expect(page).ToHaveURLAsync(SuccessUrl());
        await Expect(page.Locator(".order-status")).ToContainTextAsync("Paid");
        await Expect(page.Locator(".order-summary")).ToContainTextAsync("Enamel Camp Mug");
        await Expect(page.CartCount()).ToHaveTextAsync("0");
        await using var db = store.Database.NewContext();
        var order = await db.Orders.SingleAsync();
        Assert.Equal((OrderStatus.Paid, 1600L, "ada@example.com"), (order.Status, order.Total, order.CustomerEmail));
        Assert.Equal(PaymentStatus.Succeeded, (await db.Payments.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_declined_card_says_so_and_a_good_card_then_pays_the_same_order()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var page = await chromium.NewPageAsync(store.BaseUri);
        await AddToCartAndCheckOutAsync(page, "brass-pen");
        var paymentPage = page.Url;

        await page.PayWithCardAsync("4000 0000 0000 0002");
        await Expect(page.GetByText("Your card was declined.")).ToBeVisibleAsync();
        Assert.Equal(paymentPage, page.Url);
        await page.PayWithCardAsync("4242 4242 4242 4242");

        await Expect(page.Locator(".order-status")).ToContainTextAsync("Paid");
        await using var db = store.Database.NewContext();
        Assert.Equal(OrderStatus.Paid, (await db.Orders.SingleAsync()).Status);
    }

    [Fact]
    public async Task Going_back_from_payment_keeps_the_cart_and_trying_again_returns_to_the_same_payment()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var page = await chromium.NewPageAsync(store.BaseUri);
        await AddToCartAndCheckOutAsync(page, "desk-lamp");
        var paymentPage = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "← Back" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Payment not completed");
        await Expect(page.Locator(".order-summary")).ToContainTextAsync("Oak Desk Lamp");
        await Expect(page.CartCount()).ToHaveTextAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(paymentPage);
        await page.PayWithCardAsync("4242 4242 4242 4242");

        await Expect(page.Locator(".order-status")).ToContainTextAsync("Paid");
        await using var db = store.Database.NewContext();
        Assert.Equal(OrderStatus.Paid, (await db.Orders.SingleAsync()).Status);
    }

    [Theory]
    [InlineData("DE89370400440532013000", "Paid")]
    [InlineData("DE62370400440532013001", "Payment failed")]
    public async Task A_delayed_payment_shows_confirming_then_turns_live_when_it_settles(string iban, string outcome)
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var page = await chromium.NewPageAsync(store.BaseUri);
        await AddToCartAndCheckOutAsync(page, "wool-socks");
        var sessionId = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        await page.FillShopperDetailsAsync();
        await page.GetByLabel("SEPA bank debit").CheckAsync();
        await page.GetByLabel("IBAN").FillAsync(iban);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = PayButton() }).ClickAsync();

        await Expect(page.Locator(".order-status")).ToContainTextAsync("Confirming your payment…");
        await page.WaitForInteractiveAsync(".order-status");
        await store.ControlAsync($"checkout/sessions/{sessionId}/settle");

        await Expect(page.Locator(".order-status")).ToContainTextAsync(outcome);
    }

    private static async Task AddToCartAndCheckOutAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/products/{slug}");
        await page.WaitForVisitorAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = AddToCart() }).ClickAsync();
        await Expect(page.CartCount()).ToHaveTextAsync("1");
        await page.GotoAsync("/cart");
        await page.WaitForInteractiveAsync("form.checkout-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PaymentPage());
    }

    [GeneratedRegex("/stripe-emulator/c/pay/cs_")]
    private static partial Regex PaymentPage();

    [GeneratedRegex("/checkout/success\\?session_id=cs_")]
    private static partial Regex SuccessUrl();

    [GeneratedRegex("^Pay ")]
    private static partial Regex PayButton();

    [GeneratedRegex("^Add to cart: ")]
    private static partial Regex AddToCart();
}
