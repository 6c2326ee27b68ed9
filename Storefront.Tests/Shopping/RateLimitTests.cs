using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Shopping;

/// <summary>Checkout starts and cart writes are limited per client address, with a page that says when to try again.</summary>
public sealed class RateLimitTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Checkouts_past_the_limit_get_a_429_page_with_Retry_After_and_start_nothing(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["RateLimits:CheckoutPerMinute"] = "2" });
        for (var cart = 0; cart < 2; cart++)
        {
            using var allowed = new ShopClient(store.BaseUri);
            await allowed.AddToCartAsync("enamel-mug", 1);
            Assert.Equal(HttpStatusCode.SeeOther, (await allowed.CheckoutAsync()).StatusCode);
        }

        using var shopper = new ShopClient(store.BaseUri);
        await shopper.AddToCartAsync("enamel-mug", 1);
        var refused = await shopper.CheckoutAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Please wait a moment</h1>", page);
        Assert.Contains($"try again in {wait.TotalSeconds:0} second", page);
        await using var db = store.Database.NewContext();
        Assert.Equal(2, await db.Orders.CountAsync());

        using var elsewhere = new ShopClient(store.BaseUri, IPAddress.Parse("127.0.0.3"));
        await elsewhere.AddToCartAsync("enamel-mug", 1);
        Assert.Equal(HttpStatusCode.SeeOther, (await elsewhere.CheckoutAsync()).StatusCode);
    }

    [Fact]
    public async Task Cart_writes_past_the_limit_get_a_429_and_leave_the_cart_as_it_was()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["RateLimits:CartWritesPerMinute"] = "3" });
        using var shopper = new ShopClient(store.BaseUri);
        for (var add = 0; add < 3; add++)
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await shopper.AddToCartAsync("enamel-mug", 1)).StatusCode);
        }

        var refused = await shopper.AddToCartAsync("enamel-mug", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        await using var db = store.Database.NewContext();
        Assert.Equal(3, await db.Set<Storefront.Core.Cart.CartLine>().SumAsync(line => line.Quantity));
    }
}
