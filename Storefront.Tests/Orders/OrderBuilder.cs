using Storefront.Core.Orders;

namespace Storefront.Tests.Orders;

/// <summary>Builds orders in a given state by walking the lifecycle the way the store does.</summary>
internal static class OrderBuilder
{
    public static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public static Order NewOrder(string currency = "usd") =>
        Order.Create(currency, "ada@example.com", null, null,
            [new OrderLine(1, "Enamel Camp Mug", 1600, 2), new OrderLine(2, "Brass Ballpoint Pen", 4200, 1)], Now);

    public static Order InStatus(OrderStatus status)
    {
        var order = NewOrder();
        switch (status)
        {
            case OrderStatus.Created:
                break;
            case OrderStatus.AwaitingPayment:
                order.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", Now);
                break;
            case OrderStatus.Paid:
                order.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", Now);
                order.MarkPaid(Now);
                break;
            case OrderStatus.PaymentFailed:
                order.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", Now);
                order.MarkPaymentFailed(Now);
                break;
            case OrderStatus.PartiallyRefunded:
                order.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", Now);
                order.MarkPaid(Now);
                order.RecordRefund(1000, Now);
                break;
            case OrderStatus.Refunded:
                order.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", Now);
                order.MarkPaid(Now);
                order.RecordRefund(order.Total, Now);
                break;
            case OrderStatus.Cancelled:
                order.Cancel(Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }

        return order;
    }

    /// <summary>Asks <paramref name="order"/> to move to <paramref name="target"/> through the matching method.</summary>
    public static void MoveTo(Order order, OrderStatus target)
    {
        var later = Now.AddMinutes(5);
        switch (target)
        {
            case OrderStatus.AwaitingPayment:
                order.AwaitPayment("cs_test_2", "https://pay.example/cs_test_2", later);
                break;
            case OrderStatus.Paid:
                order.MarkPaid(later);
                break;
            case OrderStatus.PaymentFailed:
                order.MarkPaymentFailed(later);
                break;
            case OrderStatus.Cancelled:
                order.Cancel(later);
                break;
            case OrderStatus.PartiallyRefunded:
                order.RecordRefund(order.AmountRefunded + 500, later);
                break;
            case OrderStatus.Refunded:
                order.RecordRefund(order.Total, later);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "No method moves an order there.");
        }
    }
}
