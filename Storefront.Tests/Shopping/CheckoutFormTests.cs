using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Stripe.Checkout;

namespace Storefront.Tests.Shopping;

/// <summary>What <c>POST /checkout</c> trusts: its own configuration and a token from its own form, nothing else.</summary>
public sealed class CheckoutFormTests
{
    private const string PublicUrl = "https://shop.example.test";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Stripe_returns_the_shopper_to_the_configured_address_whatever_Host_the_request_named(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["Store:PublicUrl"] = PublicUrl });
        using var shopper = new ShopClient(store.BaseUri);
        await shopper.AddToCartAsync("enamel-mug", 1);

        var checkout = await shopper.CheckoutAsync(request => request.Headers.Host = "evil.example");

        Assert.Equal(HttpStatusCode.SeeOther, checkout.StatusCode);
        await using var db = store.Database.NewContext();
        var order = await db.Orders.SingleAsync();
        var session = await new SessionService(store.Stripe).GetAsync(order.CheckoutSessionId);
        Assert.Equal($"{PublicUrl}/checkout/success?session_id={session.Id}", session.SuccessUrl);
        Assert.Equal($"{PublicUrl}/checkout/cancel?order={order.Number}", session.CancelUrl);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_checkout_post_without_the_forms_token_is_refused_with_a_reason_and_holds_nothing(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var shopper = new ShopClient(store.BaseUri);
        await shopper.AddToCartAsync("enamel-mug", 1);
        var stock = (await store.Database.ProductAsync("enamel-mug")).Stock;

        var forged = await shopper.Http.PostAsync("/checkout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("did not come from this shop", await forged.Content.ReadAsStringAsync());
        await using var db = store.Database.NewContext();
        Assert.Empty(await db.Orders.ToListAsync());
        Assert.Equal(stock, (await store.Database.ProductAsync("enamel-mug")).Stock);
    }
}
