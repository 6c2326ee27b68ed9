namespace Storefront.Core.Orders;

public enum OrderStatus
{
    Created = 0,
    AwaitingPayment = 1,
    Paid = 2,
    PaymentFailed = 3,
    PartiallyRefunded = 4,
    Refunded = 5,
    Cancelled = 6,
}
