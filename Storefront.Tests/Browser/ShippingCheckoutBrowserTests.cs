using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Pricing;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Account;
using Stripe.Checkout;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>
/// Physical goods end to end: a shopper buys two things with an address, express shipping, a 10 % code and tax;
/// every place that shows the order shows the same amounts as Stripe's session; staff ship it and the shopper is told.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class ShippingCheckoutBrowserTests(ChromiumFixture chromium)
{
    private const string Tracking = "1Z999AA10123456784";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_shopper_pays_shipping_tax_and_a_code_and_is_told_when_staff_ship_the_order(DatabaseProvider provider)
    {
        await using var smtp = await SmtpServerFixture.StartAsync();
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?>(smtp.Settings)
        {
            ["Shipping:Rates:0:Amount"] = "500",
            ["Shipping:Rates:1:Amount"] = "1500",
            ["Tax:Mode"] = "Stripe",
        });
        var shopper = await chromium.NewPageAsync(store.BaseUri);
        await AddToCartAsync(shopper, "enamel-mug", 1);
        await AddToCartAsync(shopper, "brass-pen", 2);
        await shopper.GotoAsync("/cart");
        await shopper.WaitForInteractiveAsync("form.checkout-form");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();
        await Expect(shopper).ToHaveURLAsync(PaymentPage());
        var sessionId = shopper.Url[(shopper.Url.LastIndexOf('/') + 1)..];

        await shopper.FillShopperDetailsAsync();
        await shopper.ChooseDeliveryAsync("US", "Express");
        await shopper.ApplyPromotionCodeAsync("WELCOME10");
        await Expect(shopper.GetByRole(AriaRole.Status)).ToHaveTextAsync("Promotion code WELCOME10 applied.");
        await Expect(shopper.GetByTestId("discount")).ToHaveTextAsync("−$5.80");
        await Expect(shopper.GetByTestId("shipping")).ToHaveTextAsync("$15.00");
        await Expect(shopper.GetByTestId("tax")).ToHaveTextAsync("$4.87");
        await shopper.PayWithCardAsync();

        await Expect(shopper).ToHaveURLAsync(SuccessUrl());
        await Expect(shopper.Locator(".order-status")).ToContainTextAsync("Paid");
        var session = await new SessionService(store.Stripe).GetAsync(sessionId);
        var shown = Shown(session);
        Assert.Equal((5800L, 580L, 1500L, 487L), (session.AmountSubtotal!.Value, session.TotalDetails.AmountDiscount, session.TotalDetails.AmountShipping, session.TotalDetails.AmountTax));
        await ExpectToShowAsync(shopper.Locator(".order-summary"), shown);

        string number;
        await using (var db = store.Database.NewContext())
        {
            var order = await db.Orders.AsNoTracking().SingleAsync();
            Assert.Equal((OrderStatus.Paid, session.AmountTotal!.Value, 487L, 580L, "WELCOME10", "Express"),
                (order.Status, order.Total, order.TaxAmount, order.DiscountAmount, order.PromotionCode, order.ShippingRateName));
            number = order.Number;
        }

        var confirmation = await EmailAsync(smtp, "is confirmed");
        Assert.All(shown, text => Assert.Contains(text, confirmation.TextBody));

        var admin = await chromium.NewPageAsync(store.BaseUri);
        await admin.SignInAsDevAsync(store.BaseUri, DevUser.Admin, $"/admin/orders/{number}");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Order {number}");
        await ExpectToShowAsync(admin.Locator("body"), shown);
        await admin.GetByLabel("Carrier").SelectOptionAsync("UPS");
        await admin.GetByLabel("Tracking number").FillAsync(Tracking);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Mark shipped" }).ClickAsync();
        await Expect(admin.GetByText($"Shipped with UPS, tracking number {Tracking}.")).ToBeVisibleAsync();

        var shipped = await EmailAsync(smtp, "has shipped");
        var trackingUrl = $"https://www.ups.com/track?tracknum={Tracking}";
        Assert.Contains($"Track your parcel: {trackingUrl}", shipped.TextBody);
        await shopper.GetByRole(AriaRole.Link, new() { Name = "Keep this link to check on your order later" }).ClickAsync();
        await Expect(shopper.GetByTestId("shipment")).ToContainTextAsync($"Tracking number {Tracking}");
        await Expect(shopper.GetByRole(AriaRole.Link, new() { Name = "Track your parcel" })).ToHaveAttributeAsync("href", trackingUrl);
        Assert.Single(smtp.Messages(), m => (m.Subject ?? "").Contains("has shipped", StringComparison.Ordinal));
    }

    /// <summary>What every view of the order must show, formatted as the store formats money, from Stripe's session.</summary>
    private static string[] Shown(Session session)
    {
        string Usd(long amount) => new Money(amount, "usd").ToString();
        var totals = session.TotalDetails;
        return
        [
            "Ada Lovelace", "1 Main Street", "62701 Springfield",
            "Shipping (Express)", Usd(totals.AmountShipping ?? 0), "Discount (WELCOME10)", Usd(-totals.AmountDiscount),
            "Tax", Usd(totals.AmountTax), Usd(session.AmountTotal!.Value),
        ];
    }

    private static async Task ExpectToShowAsync(ILocator view, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            await Expect(view).ToContainTextAsync(text);
        }
    }

    private static Task<MimeKit.MimeMessage> EmailAsync(SmtpServerFixture smtp, string subject) =>
        Wait.UntilAsync(() => Task.FromResult(smtp.Messages().FirstOrDefault(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal))));

    private static async Task AddToCartAsync(IPage page, string slug, int cartCount)
    {
        await page.GotoAsync($"/products/{slug}");
        await page.WaitForVisitorAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = AddToCart() }).ClickAsync();
        await Expect(page.CartCount()).ToHaveTextAsync(cartCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("/stripe-emulator/c/pay/cs_")]
    private static partial Regex PaymentPage();

    [GeneratedRegex("/checkout/success\\?session_id=cs_")]
    private static partial Regex SuccessUrl();

    [GeneratedRegex("^Add to cart: ")]
    private static partial Regex AddToCart();
}
