using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Shopping;

/// <summary>Fresh anonymous carts from one address cannot hold the catalog; someone else can still buy.</summary>
public sealed class StockHoardingTests
{
    private const int HeldPerClient = 10;

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Fifty_anonymous_carts_from_one_address_hold_at_most_the_clients_share_and_a_real_shopper_still_buys(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?>
        {
            ["Checkout:MaxUnitsPerClient"] = HeldPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:CheckoutPerMinute"] = "1000",
            ["RateLimits:CartWritesPerMinute"] = "1000",
        });
        var pen = await store.Database.ProductAsync("brass-pen");

        // Five at a time, so that checkouts from the one address also race one another.
        await Parallel.ForAsync(0, 50, new ParallelOptions { MaxDegreeOfParallelism = 5 }, async (_, _) =>
        {
            using var hoarder = new ShopClient(store.BaseUri);
            await hoarder.AddToCartAsync("brass-pen", 1);
            await hoarder.CheckoutAsync();
        });

        await using (var db = store.Database.NewContext())
        {
            var held = await db.Orders.Where(o => o.Status == OrderStatus.AwaitingPayment || o.Status == OrderStatus.Created)
                .SelectMany(o => o.Lines).Where(line => line.ProductId == pen.Id).SumAsync(line => line.Quantity);
            Assert.Equal(HeldPerClient, held);
            Assert.Equal(pen.Stock - HeldPerClient, (await store.Database.ProductAsync("brass-pen")).Stock);
        }

        using var shopper = new ShopClient(store.BaseUri, IPAddress.Parse("127.0.0.2"));
        await shopper.AddToCartAsync("brass-pen", 2);
        var checkout = await shopper.CheckoutAsync();
        Assert.Equal(HttpStatusCode.SeeOther, checkout.StatusCode);
        var paymentUrl = checkout.Headers.Location!.ToString();
        Assert.Contains("/stripe-emulator/c/pay/cs_", paymentUrl);
        await store.PayAsync(paymentUrl[(paymentUrl.LastIndexOf('/') + 1)..]);
        await using var after = store.Database.NewContext();
        var bought = await after.Orders.SingleAsync(o => o.ClientAddress == "127.0.0.2");
        await store.WaitForOrderAsync(bought.Number, o => o.Status == OrderStatus.Paid);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_cart_over_the_per_cart_cap_is_sent_back_with_the_reason_and_holds_nothing(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["Checkout:MaxUnitsPerCart"] = "5" });
        using var shopper = new ShopClient(store.BaseUri);
        await shopper.AddToCartAsync("enamel-mug", 6);
        var stock = (await store.Database.ProductAsync("enamel-mug")).Stock;

        var checkout = await shopper.CheckoutAsync();

        Assert.Equal("/cart?checkout=HoldLimit", checkout.Headers.Location!.ToString());
        var cart = WebUtility.HtmlDecode(await shopper.Http.GetStringAsync("/cart?checkout=HoldLimit"));
        Assert.Contains("more than we can set aside for one shopper", cart);
        await using var db = store.Database.NewContext();
        Assert.Empty(await db.Orders.ToListAsync());
        Assert.Equal(stock, (await store.Database.ProductAsync("enamel-mug")).Stock);
    }
}
