using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Stripe.Checkout;

namespace Storefront.Tests.Account;

public sealed partial class SignedInCheckoutTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_guest_cart_survives_sign_in_and_the_order_belongs_to_the_shopper_with_their_email(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = store.BaseUri };
        var productPage = await client.GetStringAsync("/products/enamel-mug");
        await client.AddToCartAsync(ProductId().Match(productPage).Groups[1].Value, 2);

        await client.SignInAsDevAsync(DevUser.Shopper);
        var cart = await client.GetStringAsync("/cart");
        var checkout = await client.PostAsync("/checkout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(cart),
        }));

        Assert.Contains("Enamel Camp Mug", WebUtility.HtmlDecode(cart));
        Assert.Equal(HttpStatusCode.SeeOther, checkout.StatusCode);
        await using var db = store.Database.NewContext();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync();
        Assert.Equal(DevUser.Shopper.UserId, order.UserId);
        Assert.Equal(DevUser.Shopper.Email, order.CustomerEmail);
        Assert.Equal(2, order.Lines.Single().Quantity);
        Assert.Equal(DevUser.Shopper.UserId, await db.Carts.Where(c => c.Id == order.CartId).Select(c => c.UserId).SingleAsync());
        var session = await new SessionService(store.Stripe).GetAsync(order.CheckoutSessionId);
        Assert.Equal(DevUser.Shopper.Email, session.CustomerEmail);
    }

    [GeneratedRegex("name=\"ProductId\" value=\"(\\d+)\"")]
    private static partial Regex ProductId();
}
