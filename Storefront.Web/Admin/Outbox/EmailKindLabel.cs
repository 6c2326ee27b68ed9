using Storefront.Core.Notifications;

namespace Storefront.Web.Admin.Outbox;

public static class EmailKindLabel
{
    public static string For(EmailKind kind) => kind switch
    {
        EmailKind.OrderConfirmation => "Order confirmation",
        EmailKind.Refund => "Refund",
        _ => "New order notice",
    };
}
