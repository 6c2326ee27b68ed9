using System.Collections.Frozen;

namespace Storefront.Core.Orders;

/// <summary>
/// The order lifecycle. Money only ever moves forward: once an order is paid, nothing but a refund changes it.
/// </summary>
public static class OrderTransitions
{
    private static readonly FrozenDictionary<OrderStatus, OrderStatus[]> Allowed = new Dictionary<OrderStatus, OrderStatus[]>
    {
        [OrderStatus.Created] = [OrderStatus.AwaitingPayment, OrderStatus.Cancelled],
        [OrderStatus.AwaitingPayment] = [OrderStatus.Paid, OrderStatus.PaymentFailed, OrderStatus.Cancelled],
        [OrderStatus.PaymentFailed] = [OrderStatus.AwaitingPayment, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.PartiallyRefunded] = [OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Refunded] = [],
        [OrderStatus.Cancelled] = [],
    }.ToFrozenDictionary();

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);
}
