namespace Storefront.Core.Audit;

/// <summary>How an action name reads to staff, on the audit page and the order timeline.</summary>
public static class AuditActionWords
{
    public static string For(string action) => action switch
    {
        AuditActions.OrderRefund => "Refund requested",
        AuditActions.OrderReconcile => "Reconciled with Stripe",
        AuditActions.OrderResendConfirmation => "Confirmation email resent",
        AuditActions.OrderShip => "Marked shipped",
        AuditActions.OrderDeliver => "Marked delivered",
        AuditActions.OutboxResend => "Email resent from the outbox",
        AuditActions.ProductCreate => "Product created",
        AuditActions.ProductEdit => "Product edited",
        AuditActions.ProductArchive => "Product archived",
        AuditActions.ProductPriceChange => "Price changed",
        AuditActions.StockAdjust => "Stock adjusted",
        AuditActions.CategoryChange => "Category changed",
        AuditActions.ProductImport => "Products imported from CSV",
        _ => action,
    };
}
