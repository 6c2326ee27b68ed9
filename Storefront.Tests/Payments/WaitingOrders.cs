using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Payments;

/// <summary>Orders put straight into the database as awaiting payment through a given session, as if checked out earlier.</summary>
internal static class WaitingOrders
{
    public static async Task<List<Order>> AddAsync(TestDatabase database, DateTime checkedOutAt, params string[] sessionIds)
    {
        var mug = await database.ProductAsync("enamel-mug");
        var orders = sessionIds.Select(sessionId =>
        {
            var order = Order.Create("usd", "ada@example.com", null, null, [new OrderLine(mug.Id, mug.Name, mug.UnitPrice, 1)], checkedOutAt);
            order.AwaitPayment(sessionId, $"https://pay.example/{sessionId}", checkedOutAt);
            return order;
        }).ToList();
        await using var db = database.NewContext();
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
        return orders;
    }
}
