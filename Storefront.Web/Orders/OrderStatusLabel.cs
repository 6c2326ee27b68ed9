using Storefront.Core.Orders;

namespace Storefront.Web.Orders;

/// <summary>How each status reads to a shopper.</summary>
public static class OrderStatusLabel
{
    public static string For(OrderStatus status) => status switch
    {
        OrderStatus.Created or OrderStatus.AwaitingPayment => "Confirming your payment…",
        OrderStatus.Paid => "Paid",
        OrderStatus.PaymentFailed => "Payment failed",
        OrderStatus.PartiallyRefunded => "Partially refunded",
        OrderStatus.Refunded => "Refunded",
        _ => "Cancelled",
    };
}
