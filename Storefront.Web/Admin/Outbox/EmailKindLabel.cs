using Storefront.Core.Notifications;

namespace Storefront.Web.Admin.Outbox;

public static class EmailKindLabel
{
    public static string For(EmailKind kind) => kind switch
    {
        EmailKind.OrderConfirmation => "Order confirmation",
        EmailKind.Refund => "Refund",
        EmailKind.Shipped => "Shipping confirmation",
        EmailKind.Delivered => "Delivery confirmation",
        EmailKind.LowStock => "Low-stock notice",
        _ => "New order notice",
    };
}
