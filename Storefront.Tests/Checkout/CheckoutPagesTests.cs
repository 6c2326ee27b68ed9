using System.Net;
using System.Text.RegularExpressions;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Checkout;

public sealed partial class CheckoutPagesTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_guest_link_shows_the_order_and_a_wrong_or_missing_token_is_a_404(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 2)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        using var client = new HttpClient { BaseAddress = store.BaseUri };

        var owner = await client.GetAsync($"/orders/{order.Number}?token={order.AccessToken}");
        var wrong = await client.GetAsync($"/orders/{order.Number}?token={new string('0', 64)}");
        var missing = await client.GetAsync($"/orders/{order.Number}");

        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        var html = WebUtility.HtmlDecode(await owner.Content.ReadAsStringAsync());
        Assert.Contains($"<h1>Order {order.Number}</h1>", html);
        Assert.Contains("Enamel Camp Mug", html);
        Assert.Contains("$32.00", html);
        Assert.Contains("Paid", html);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain(order.Number, await wrong.Content.ReadAsStringAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_checkout_form_post_answers_303_to_Stripe_and_an_empty_cart_back_to_the_cart(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = store.BaseUri };

        var empty = await PostCheckoutAsync(client);
        Assert.Equal(HttpStatusCode.SeeOther, empty.StatusCode);
        Assert.Equal("/cart?checkout=EmptyCart", empty.Headers.Location!.OriginalString);
        Assert.Contains("Your cart is empty.", WebUtility.HtmlDecode(await client.GetStringAsync("/cart?checkout=EmptyCart")));

        var productPage = await client.GetStringAsync("/products/enamel-mug");
        var added = await client.AddToCartAsync(ProductId().Match(productPage).Groups[1].Value, 1);
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);

        var checkout = await PostCheckoutAsync(client);
        var again = await PostCheckoutAsync(client);

        Assert.Equal(HttpStatusCode.SeeOther, checkout.StatusCode);
        Assert.Matches(PaymentPage(), checkout.Headers.Location!.ToString());
        Assert.Equal(checkout.Headers.Location, again.Headers.Location);
    }

    private static async Task<HttpResponseMessage> PostCheckoutAsync(HttpClient client)
    {
        var cart = await client.GetStringAsync("/cart");
        var token = Token().Match(cart);
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token.Success ? token.Groups[1].Value : await AnyFormsTokenAsync(client) };
        return await client.PostAsync("/checkout", new FormUrlEncodedContent(form));
    }

    /// <summary>An empty cart has no checkout form; a token is per visitor, so the development sign-in page's serves.</summary>
    private static async Task<string> AnyFormsTokenAsync(HttpClient client) =>
        Token().Match(await client.GetStringAsync(Storefront.Web.Account.AccountPaths.DevSignIn)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"ProductId\" value=\"(\\d+)\"")]
    private static partial Regex ProductId();

    [GeneratedRegex("/stripe-emulator/c/pay/cs_")]
    private static partial Regex PaymentPage();
}
