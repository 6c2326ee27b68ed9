using System.Collections.Frozen;

namespace Storefront.Core.Orders;

/// <summary>
/// The order lifecycle. Money only ever moves forward: once an order is paid, nothing but a refund changes it,
/// and only a refund that failed at Stripe moves it back.
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

    // Kept apart from the moves above so that no other method (MarkPaid above all) can take a refunded order back.
    private static readonly FrozenDictionary<OrderStatus, OrderStatus[]> RefundReversals = new Dictionary<OrderStatus, OrderStatus[]>
    {
        [OrderStatus.PartiallyRefunded] = [OrderStatus.PartiallyRefunded, OrderStatus.Paid],
        [OrderStatus.Refunded] = [OrderStatus.PartiallyRefunded, OrderStatus.Paid],
    }.ToFrozenDictionary();

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    /// <summary>Whether a failed refund may take an order from <paramref name="from"/> back to <paramref name="to"/>.</summary>
    public static bool IsRefundReversal(OrderStatus from, OrderStatus to) =>
        RefundReversals.TryGetValue(from, out var allowed) && allowed.Contains(to);
}
