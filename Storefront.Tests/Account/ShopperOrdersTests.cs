using System.Net;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Account;

public sealed class ShopperOrdersTests
{
    private static readonly DateTime Day = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_shopper_sees_their_own_orders_newest_first_and_nobody_elses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        using var client = app.CreateClient();
        await client.SignInAsDevAsync(DevUser.Shopper);
        var older = await AddPaidOrderAsync(database, DevUser.Shopper.UserId, Day);
        var newer = await AddPaidOrderAsync(database, DevUser.Shopper.UserId, Day.AddDays(3));
        var someoneElses = await AddPaidOrderAsync(database, "auth0|someone-else", Day.AddDays(1));

        var list = WebUtility.HtmlDecode(await client.GetStringAsync(AccountPaths.Orders));
        var own = await client.GetAsync($"/orders/{older.Number}");
        var other = await client.GetAsync($"/orders/{someoneElses.Number}");

        Assert.Contains("<h1>Your orders</h1>", list);
        Assert.True(list.IndexOf(newer.Number, StringComparison.Ordinal) < list.IndexOf(older.Number, StringComparison.Ordinal));
        Assert.Contains("Paid", list);
        Assert.DoesNotContain(someoneElses.Number, list);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains($"<h1>Order {older.Number}</h1>", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain(someoneElses.Number, await other.Content.ReadAsStringAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_shopper_without_orders_is_told_so(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        using var client = app.CreateClient();
        await client.SignInAsDevAsync(DevUser.Shopper);
        await AddPaidOrderAsync(database, "auth0|someone-else", Day);

        var list = await client.GetStringAsync(AccountPaths.Orders);

        Assert.Contains("You have no orders yet.", list);
    }

    private static async Task<Order> AddPaidOrderAsync(TestDatabase database, string userId, DateTime at)
    {
        var order = Order.Create("usd", "buyer@example.test", userId, null, [new OrderLine(1, "Enamel Camp Mug", 1600, 1)], at);
        order.StartCheckoutAttempt(at.AddMinutes(31), at);
        order.AwaitPayment($"cs_test_{order.Id:N}", $"https://pay.example/{order.Id:N}", at);
        order.MarkPaid(at);
        await using var db = database.NewContext();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }
}
