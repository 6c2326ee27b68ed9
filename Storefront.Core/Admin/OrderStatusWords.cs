using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>How each status reads to staff: plainer than the shopper's wording ("Confirming your payment…").</summary>
public static class OrderStatusWords
{
    public static string For(OrderStatus status) => status switch
    {
        OrderStatus.Created => "Created",
        OrderStatus.AwaitingPayment => "Awaiting payment",
        OrderStatus.Paid => "Paid",
        OrderStatus.PaymentFailed => "Payment failed",
        OrderStatus.PartiallyRefunded => "Partially refunded",
        OrderStatus.Refunded => "Refunded",
        _ => "Cancelled",
    };
}
