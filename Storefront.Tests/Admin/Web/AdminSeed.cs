using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Admin.Web;

/// <summary>Orders written straight to the database, walked to a status the way the store walks them.</summary>
internal static class AdminSeed
{
    public static async Task<Order> OrderAsync(
        TestDatabase database, OrderStatus status, string email, DateTime createdAt, long unitPrice = 1600, int quantity = 2)
    {
        var order = Order.Create("usd", email, null, null, [new OrderLine(1, "Enamel Camp Mug", unitPrice, quantity)], createdAt);
        var sessionId = $"cs_test_{Guid.NewGuid():N}";
        var payment = new Payment(order.Id, sessionId, order.Total, order.Currency, createdAt);
        if (status != OrderStatus.Created)
        {
            order.AwaitPayment(sessionId, $"https://pay.example/{sessionId}", createdAt);
        }

        if (status is OrderStatus.Paid or OrderStatus.PartiallyRefunded or OrderStatus.Refunded)
        {
            order.MarkPaid(createdAt);
            payment.Record(PaymentStatus.Succeeded, $"pi_test_{Guid.NewGuid():N}", createdAt);
        }

        if (status is OrderStatus.PartiallyRefunded or OrderStatus.Refunded)
        {
            var refunded = status == OrderStatus.Refunded ? order.Total : order.Total / 2;
            order.RecordRefund(refunded, createdAt);
            payment.RecordRefund(refunded, createdAt);
        }

        if (status == OrderStatus.Cancelled)
        {
            order.Cancel(createdAt);
        }

        if (order.Status != status)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "The seed cannot build an order in this status.");
        }

        await using var db = database.NewContext();
        db.Orders.Add(order);
        if (status != OrderStatus.Created)
        {
            db.Payments.Add(payment);
        }

        await db.SaveChangesAsync();
        return order;
    }
}
