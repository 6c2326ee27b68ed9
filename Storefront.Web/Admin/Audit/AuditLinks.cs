using Storefront.Core.Audit;

namespace Storefront.Web.Admin.Audit;

public static class AuditLinks
{
    public const string List = "/admin/audit";

    /// <summary>Where a target lives in the admin, when it has a page there.</summary>
    public static string? PageOf(AuditEntry entry) => entry.TargetType switch
    {
        AuditTarget.OrderType => $"/admin/orders/{Uri.EscapeDataString(entry.TargetId)}",
        AuditTarget.OutboxMessageType => $"/admin/outbox/{Uri.EscapeDataString(entry.TargetId)}",
        AuditTarget.ProductType => $"/admin/products/{Uri.EscapeDataString(entry.TargetId)}",
        AuditTarget.CategoryType => "/admin/categories",
        _ => null,
    };
}
