namespace Storefront.Core.Audit;

/// <summary>The names staff actions are recorded under; the audit page's action filter offers these.</summary>
public static class AuditActions
{
    public const string OrderRefund = "order.refund";
    public const string OrderReconcile = "order.reconcile";
    public const string OrderResendConfirmation = "order.resend-confirmation";
    public const string OrderShip = "order.ship";
    public const string OrderDeliver = "order.deliver";
    public const string OutboxResend = "outbox.resend";
    public const string ProductCreate = "product.create";
    public const string ProductEdit = "product.edit";
    public const string ProductArchive = "product.archive";
    public const string ProductPriceChange = "product.price-change";
    public const string StockAdjust = "stock.adjust";
    public const string CategoryChange = "category.change";
    public const string ProductImport = "product.import";

    public static IReadOnlyList<string> All { get; } =
    [
        OrderRefund, OrderReconcile, OrderResendConfirmation, OrderShip, OrderDeliver, OutboxResend,
        ProductCreate, ProductEdit, ProductArchive, ProductPriceChange, StockAdjust, CategoryChange, ProductImport,
    ];
}
