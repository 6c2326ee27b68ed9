using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>What the audit entry of a shipping action shows of the order before and after it.</summary>
internal sealed record ShippingAuditState(OrderStatus Status, string? Carrier, string? TrackingNumber, DateTime? ShippedAt, DateTime? DeliveredAt)
{
    public static ShippingAuditState Of(Order order) =>
        new(order.Status, order.Carrier, order.TrackingNumber, order.ShippedAt, order.DeliveredAt);
}
