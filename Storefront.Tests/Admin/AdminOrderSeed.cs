using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Admin;

/// <summary>Orders placed (and paid, refunded…) at given moments, walked through the lifecycle as the store does.</summary>
internal static class AdminOrderSeed
{
    public static Order Placed(string email, long total, DateTime at, string currency = "usd") =>
        Order.Create(currency, email, null, null, [new OrderLine(1, "Enamel Camp Mug", total, 1)], at);

    public static Order Paid(string email, long total, DateTime at, DateTime? paidAt = null, long refunded = 0)
    {
        var order = Placed(email, total, at);
        order.AwaitPayment($"cs_test_{Guid.NewGuid():N}", "https://pay.example/", at);
        order.MarkPaid(paidAt ?? at);
        if (refunded > 0)
        {
            order.RecordRefund(refunded, paidAt ?? at);
        }

        return order;
    }

    public static Order Cancelled(string email, long total, DateTime at)
    {
        var order = Placed(email, total, at);
        order.Cancel(at);
        return order;
    }

    public static async Task SaveAsync(this TestDatabase database, params Order[] orders)
    {
        await using var db = database.NewContext();
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
    }

    public static async Task<TestDatabase> WithAsync(DatabaseProvider provider, params Order[] orders)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await database.SaveAsync(orders);
        return database;
    }
}
