namespace Storefront.Core.Notifications;

public enum EmailKind
{
    OrderConfirmation = 0,
    Refund = 1,
    NewOrderNotice = 2,
    Shipped = 3,
    Delivered = 4,
    LowStock = 5,
}
