using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Pricing;
using Stripe;

namespace Storefront.Core.Admin;

/// <summary>
/// An order's history, merged from what the store recorded: its placing, its status changes, the Stripe events
/// applied to it, the refunds those events reported, and what staff did to it and its emails (the audit log). Stripe's <c>charge.refunded</c> carries the running
/// refund total, so each such event that raised it is one refund, of the difference.
/// </summary>
internal static class OrderTimeline
{
    private const string ChargeRefunded = "charge.refunded";

    public static async Task<IReadOnlyList<OrderTimelineEntry>> ReadAsync(StoreDbContext db, Order order, CancellationToken cancellationToken)
    {
        var changes = await db.OrderStatusChanges.AsNoTracking().Where(c => c.OrderId == order.Id)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);

        // An event names its order once it is applied, so these are all applied.
        var events = await db.ProcessedWebhookEvents.AsNoTracking().Where(e => e.OrderId == order.Id && e.AppliedAt != null)
            .OrderBy(e => e.AppliedAt).ToListAsync(cancellationToken);

        var staff = await StaffActionsAsync(db, order, cancellationToken);

        // An event and the status change it caused share a timestamp; the event reads first, as the cause.
        List<(OrderTimelineEntry Entry, int Rank)> timeline =
        [
            (new(Utc(order.CreatedAt), OrderTimelineKind.StatusChange, $"Order placed for {order.TotalMoney}.", null), 0),
            .. staff.Select(entry => (StaffAction(entry), 1)),
            .. events.Select(EventEntries(order.Currency)).Select(entry => (entry, 2)),
            .. changes.Select(change => (StatusChange(change), 3)),
            .. Shipment(order).Select(entry => (entry, 3)),
        ];
        return [.. timeline.OrderBy(item => item.Entry.At).ThenBy(item => item.Rank).Select(item => item.Entry)];
    }

    private static Func<ProcessedWebhookEvent, OrderTimelineEntry> EventEntries(string currency)
    {
        var refundedSoFar = 0L;
        return received =>
        {
            var at = Utc(received.AppliedAt!.Value);
            if (received.Type == ChargeRefunded && RefundTotal(received) is { } total && total > refundedSoFar)
            {
                var amount = total - refundedSoFar;
                refundedSoFar = total;
                return new(at, OrderTimelineKind.Refund,
                    $"Refunded {new Money(amount, currency)} ({new Money(total, currency)} in total).", received.EventId);
            }

            return new(at, OrderTimelineKind.WebhookEvent, $"{received.Type}: {received.Outcome}", received.EventId);
        };
    }

    private static async Task<List<AuditEntry>> StaffActionsAsync(StoreDbContext db, Order order, CancellationToken cancellationToken)
    {
        var messageIds = (await db.OutboxMessages.AsNoTracking().Where(m => m.OrderId == order.Id).Select(m => m.Id)
            .ToListAsync(cancellationToken)).Select(id => id.ToString()).ToList();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => (e.TargetType == AuditTarget.OrderType && e.TargetId == order.Number)
                || (e.TargetType == AuditTarget.OutboxMessageType && messageIds.Contains(e.TargetId)))
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
    }

    private static OrderTimelineEntry StaffAction(AuditEntry entry) =>
        new(Utc(entry.At), OrderTimelineKind.StaffAction, $"{AuditActionWords.For(entry.Action)} by {entry.ActorName}", null);

    private static IEnumerable<OrderTimelineEntry> Shipment(Order order)
    {
        if (order.ShippedAt is { } shipped)
        {
            yield return new(Utc(shipped), OrderTimelineKind.StatusChange, $"Shipped with {order.Carrier}, tracking number {order.TrackingNumber}.", null);
        }

        if (order.DeliveredAt is { } delivered)
        {
            yield return new(Utc(delivered), OrderTimelineKind.StatusChange, "Delivered.", null);
        }
    }

    private static OrderTimelineEntry StatusChange(OrderStatusChange change) =>
        new(Utc(change.At), OrderTimelineKind.StatusChange, $"{OrderStatusWords.For(change.From)} → {OrderStatusWords.For(change.To)}", null);

    private static long? RefundTotal(ProcessedWebhookEvent received) =>
        EventUtility.ParseEvent(received.Payload, throwOnApiVersionMismatch: false).Data.Object is Charge charge ? charge.AmountRefunded : null;

    // SQLite hands dates back without a kind; the store writes them all in UTC.
    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);
}
