using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Storefront.Web.Cart;
using Storefront.Web.Payments;

namespace Storefront.Tests.Checkout;

/// <summary>
/// A Checkout Session id is no secret (it is in Stripe's page address, in logs, on the admin page), so the success
/// page shows an order only to the visitor whose cart it came from or the signed-in shopper it belongs to.
/// </summary>
public sealed class CheckoutSuccessPrivacyTests
{
    private const string Generic = "please check your email for the details of your order";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Without_cookies_the_page_says_thank_you_and_nothing_about_the_order_and_asks_Stripe_nothing(DatabaseProvider provider)
    {
        var sessionReads = SessionReads();
        await using var store = await StartAsync(provider, sessionReads);
        var (order, sessionId) = await PaidGuestOrderAsync(store);
        using var stranger = new HttpClient { BaseAddress = store.BaseUri };
        var readsBefore = sessionReads.IdempotencyKeys.Count;

        var response = await stranger.GetAsync(SuccessPath(sessionId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(Generic, html);
        AssertRevealsNothing(html, order);
        Assert.Equal(readsBefore, sessionReads.IdempotencyKeys.Count);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_visitor_whose_cart_was_checked_out_sees_the_order(DatabaseProvider provider)
    {
        await using var store = await StartAsync(provider, SessionReads());
        var (order, sessionId) = await PaidGuestOrderAsync(store);
        using var owner = ClientWithCart(store, order.CartId!.Value);

        var html = WebUtility.HtmlDecode(await owner.GetStringAsync(SuccessPath(sessionId)));

        Assert.Contains($"Order <strong>{order.Number}</strong> · ada@example.com", html);
        Assert.Contains("Enamel Camp Mug", html);
        Assert.Contains(OrderLinks.GuestPath(order), html);
        Assert.DoesNotContain(Generic, html);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_signed_in_owner_sees_the_order_and_another_signed_in_shopper_does_not(DatabaseProvider provider)
    {
        await using var store = await StartAsync(provider, SessionReads());
        // The cart is not the one the owner's sign-in points the cookie at, so only the user id can match.
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)), DevUser.Shopper.Email, DevUser.Shopper.UserId);
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        using var ownerHandler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var owner = new HttpClient(ownerHandler) { BaseAddress = store.BaseUri };
        using var otherHandler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var other = new HttpClient(otherHandler) { BaseAddress = store.BaseUri };
        await owner.SignInAsDevAsync(DevUser.Shopper);
        await other.SignInAsDevAsync(DevUser.Admin);

        var mine = WebUtility.HtmlDecode(await owner.GetStringAsync(SuccessPath(sessionId)));
        var theirs = WebUtility.HtmlDecode(await other.GetStringAsync(SuccessPath(sessionId)));

        Assert.Contains($"Order <strong>{order.Number}</strong> · {DevUser.Shopper.Email}", mine);
        Assert.Contains("Enamel Camp Mug", mine);
        Assert.Contains(Generic, theirs);
        AssertRevealsNothing(theirs, order);
    }

    [Theory]
    [InlineData("cs_test_nobody")]
    [InlineData("cs_test_made_up_by_a_flood")]
    [InlineData("../../v1/refunds")]
    [InlineData("cs_../../v1/refunds")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_session_is_a_friendly_404_that_costs_no_Stripe_request(string sessionId)
    {
        var stripeRequests = new FlakyStripeHandler(0, () => null, _ => true);
        await using var store = await StartAsync(DatabaseProvider.Sqlite, stripeRequests);
        using var client = new HttpClient { BaseAddress = store.BaseUri };

        var response = await client.GetAsync(SuccessPath(sessionId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("find that page", await response.Content.ReadAsStringAsync());
        Assert.Empty(stripeRequests.IdempotencyKeys);
    }

    private static FlakyStripeHandler SessionReads() => new(0, () => null, request =>
        request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.Contains("/v1/checkout/sessions/", StringComparison.Ordinal));

    private static Task<StoreHarness> StartAsync(DatabaseProvider provider, FlakyStripeHandler recorder) =>
        StoreHarness.StartAsync(provider, services: s => s.AddHttpClient(StoreStripeClient.HttpClientName).AddHttpMessageHandler(() => recorder));

    private static async Task<(Order Order, string SessionId)> PaidGuestOrderAsync(StoreHarness store)
    {
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        return (await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid), sessionId);
    }

    private static HttpClient ClientWithCart(StoreHarness store, Guid cartId)
    {
        var cookies = new CookieContainer();
        cookies.Add(store.BaseUri, new Cookie(CartCookie.Name, cartId.ToString()));
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }, disposeHandler: true) { BaseAddress = store.BaseUri };
    }

    private static string SuccessPath(string sessionId) => $"/checkout/success?session_id={Uri.EscapeDataString(sessionId)}";

    private static void AssertRevealsNothing(string html, Order order)
    {
        Assert.DoesNotContain(order.Number, html);
        Assert.DoesNotContain("ada@example.com", html);
        Assert.DoesNotContain(DevUser.Shopper.Email, html);
        Assert.DoesNotContain("Enamel Camp Mug", html);
        Assert.DoesNotContain(order.AccessToken, html);
        Assert.DoesNotContain("/orders/", html);
        Assert.DoesNotContain("order-status", html);
    }
}
