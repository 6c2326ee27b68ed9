using Microsoft.Playwright;
using Storefront.StripeEmulator.Checkout;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.HostedPage;

/// <summary>The hosted payment page in Chromium, as a shopper uses it. The shop's URLs point at a loopback page.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HostedCheckoutBrowserTests(ChromiumFixture chromium) : EmulatorTest
{
    [Fact]
    public async Task The_page_shows_the_order_and_a_good_card_pays_and_returns_to_the_success_url()
    {
        var session = await CreateSessionAsync();
        var page = await chromium.NewPageAsync(Emulator.BaseUri);
        await page.GotoAsync(session.Url);

        await Assertions.Expect(page.GetByText("Test mode · Storefront Stripe emulator")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Enamel mug")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("total")).ToHaveTextAsync("$48.00");
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync("ada@example.com");
        await PayAsync(page, "4242 4242 4242 4242");

        await ExpectSuccessPageAsync(page, session);
        Assert.Equal("paid", (await new SessionService(StripeApi).GetAsync(session.Id)).PaymentStatus);
    }

    [Theory]
    [InlineData(TestPaymentMethods.DeclinedCard, "Your card was declined.")]
    [InlineData(TestPaymentMethods.InsufficientFundsCard, "Your card has insufficient funds.")]
    public async Task A_declined_card_says_why_and_the_session_stays_open(string card, string message)
    {
        var session = await CreateSessionAsync();
        var page = await chromium.NewPageAsync(Emulator.BaseUri);
        await page.GotoAsync(session.Url);

        await PayAsync(page, card);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(message);
        Assert.Equal(session.Url, page.Url);
        Assert.Equal("open", (await new SessionService(StripeApi).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task The_page_can_be_paid_from_the_keyboard_alone()
    {
        var session = await CreateSessionAsync();
        var page = await chromium.NewPageAsync(Emulator.BaseUri);
        await page.GotoAsync(session.Url);

        await page.GetByLabel("Email").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Card", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Card number")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("4242424242424242");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("12 / 34");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("123");
        await Assertions.Expect(page.GetByLabel("CVC")).ToHaveValueAsync("123");
        await page.Keyboard.PressAsync("Enter");

        await ExpectSuccessPageAsync(page, session);
    }

    [Fact]
    public async Task Back_goes_to_the_cancel_url()
    {
        var session = await CreateSessionAsync();
        var page = await chromium.NewPageAsync(Emulator.BaseUri);
        await page.GotoAsync(session.Url);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Shop: cart" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{Emulator.BaseUri}shop/cart");
        Assert.Equal("open", (await new SessionService(StripeApi).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task A_paid_session_shows_that_it_is_paid()
    {
        var session = await CreateSessionAsync();
        (await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard)).Dispose();
        var page = await chromium.NewPageAsync(Emulator.BaseUri);

        await page.GotoAsync(session.Url);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("This checkout session is already paid");
    }

    [Fact]
    public async Task An_expired_session_shows_that_it_expired()
    {
        var session = await CreateSessionAsync();
        await new SessionService(StripeApi).ExpireAsync(session.Id);
        var page = await chromium.NewPageAsync(Emulator.BaseUri);

        await page.GotoAsync(session.Url);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("This checkout session has expired");
    }

    [Fact]
    public async Task An_unknown_session_shows_a_clear_page()
    {
        var page = await chromium.NewPageAsync(Emulator.BaseUri);

        var response = await page.GotoAsync("/c/pay/cs_test_unknown");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Checkout session not found");
    }

    [Fact]
    public async Task Amounts_in_a_zero_decimal_currency_have_no_decimals()
    {
        var session = await CreateSessionAsync("jpy");
        var page = await chromium.NewPageAsync(Emulator.BaseUri);

        await page.GotoAsync(session.Url);

        await Assertions.Expect(page.GetByTestId("total")).ToHaveTextAsync("¥4,800");
    }

    private async Task<Session> CreateSessionAsync(string currency = "usd")
    {
        // Chromium here reaches only loopback, so the shop's pages are stand-ins on the emulator's own host.
        var options = CheckoutSamples.Options(currency);
        options.SuccessUrl = $"{Emulator.BaseUri}shop/success?session_id={{CHECKOUT_SESSION_ID}}";
        options.CancelUrl = $"{Emulator.BaseUri}shop/cart";
        return await CheckoutSamples.CreateAsync(StripeApi, options);
    }

    // A retrying expectation, not page.WaitForURLAsync: that checks the frame's URL and load state and only then
    // listens for the events, so a navigation that lands in between is missed and the wait runs out (CI, stop 22).
    private async Task ExpectSuccessPageAsync(IPage page, Session session)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Shop: success" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{Emulator.BaseUri}shop/success?session_id={session.Id}");
    }

    private static async Task PayAsync(IPage page, string card)
    {
        await page.GetByLabel("Card number").FillAsync(card);
        await page.GetByLabel("Expiry").FillAsync("12 / 34");
        await page.GetByLabel("CVC").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();
    }
}
