using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Api;

public sealed class OrdersApiTests
{
    private static readonly DateTime Day = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_owner_and_an_admin_see_the_order_and_anyone_else_gets_a_404(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        using var owner = app.CreateClient();
        await owner.SignInAsDevAsync(DevUser.Shopper);
        using var admin = app.CreateClient();
        await admin.SignInAsDevAsync(DevUser.Admin);
        using var stranger = app.CreateClient();
        var order = await AddPaidOrderAsync(database, DevUser.Shopper.UserId);

        var own = await owner.GetFromJsonAsync<JsonObject>($"/api/orders/{order.Number}");
        var asAdmin = await admin.GetAsync($"/api/orders/{order.Number}");
        var asStranger = await stranger.GetAsync($"/api/orders/{order.Number}");
        var wrongToken = await stranger.GetAsync($"/api/orders/{order.Number}?token=not-the-token");
        var withToken = await stranger.GetAsync($"/api/orders/{order.Number}?token={order.AccessToken}");
        var missing = await owner.GetAsync("/api/orders/SF-NOPE");

        Assert.Equal(order.Number, (string?)own!["number"]);
        Assert.Equal("Paid", (string?)own["status"]);
        Assert.Equal(1600, (long?)own["total"]);
        Assert.Equal("usd", (string?)own["currency"]);
        Assert.Equal("Enamel Camp Mug", (string?)own["lines"]![0]!["product"]);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await asStranger.Content.ReadAsStringAsync(), await missing.Content.ReadAsStringAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_admin_list_takes_the_list_s_filters_and_refuses_everyone_but_admins(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        using var admin = app.CreateClient();
        await admin.SignInAsDevAsync(DevUser.Admin);
        using var shopper = app.CreateClient();
        await shopper.SignInAsDevAsync(DevUser.Shopper);
        var paid = await AddPaidOrderAsync(database, "auth0|ada");

        var list = await admin.GetFromJsonAsync<JsonObject>("/api/admin/orders?status=paid&from=2026-11-01");
        var none = await admin.GetFromJsonAsync<JsonObject>("/api/admin/orders?status=refunded");
        var wrong = await admin.GetAsync("/api/admin/orders?from=yesterday");

        Assert.Equal([paid.Number], list!["orders"]!.AsArray().Select(row => (string?)row!["number"]));
        Assert.Equal((1, "Exact", null, null), ((int?)list["count"], (string?)list["countIs"], (string?)list["next"], (string?)list["previous"]));
        Assert.Empty(none!["orders"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("must be a date such as 2026-01-31", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await shopper.GetAsync("/api/admin/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/admin/orders")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_both_endpoints_and_nothing_else()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);

        var document = await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        var paths = document!["paths"]!.AsObject().Select(path => path.Key).Order().ToList();
        Assert.Equal(["/api/admin/orders", "/api/orders/{number}"], paths);
    }

    private static async Task<Order> AddPaidOrderAsync(TestDatabase database, string userId)
    {
        var order = Order.Create("usd", "buyer@example.test", userId, null, [new OrderLine(1, "Enamel Camp Mug", 1600, 1)], Day);
        order.StartCheckoutAttempt(Day.AddMinutes(31), Day);
        order.AwaitPayment($"cs_test_{order.Id:N}", $"https://pay.example/{order.Id:N}", Day);
        order.MarkPaid(Day);
        await using var db = database.NewContext();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }
}
