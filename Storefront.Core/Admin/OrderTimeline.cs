using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Pricing;
using Stripe;

namespace Storefront.Core.Admin;

/// <summary>
/// An order's history, merged from what the store recorded: its placing, the Stripe events applied to it, and
/// the refunds those events reported. Stripe's <c>charge.refunded</c> carries the running refund total, so each
/// event that raised it is one refund, of the difference.
/// </summary>
internal static class OrderTimeline
{
    private const string ChargeRefunded = "charge.refunded";

    public static async Task<IReadOnlyList<OrderTimelineEntry>> ReadAsync(
        StoreDbContext db, Order order, CancellationToken cancellationToken)
    {
        // An event names its order once it is applied, so these are all applied.
        var events = await db.ProcessedWebhookEvents.AsNoTracking().Where(e => e.OrderId == order.Id && e.AppliedAt != null)
            .OrderBy(e => e.AppliedAt).ToListAsync(cancellationToken);

        List<OrderTimelineEntry> timeline =
        [
            new(Utc(order.CreatedAt), OrderTimelineKind.StatusChange, $"Order placed for {order.TotalMoney}.", null),
        ];
        var refundedSoFar = 0L;
        foreach (var received in events)
        {
            timeline.Add(received.Type == ChargeRefunded && RefundTotal(received) is { } total && total > refundedSoFar
                ? Refund(received, order.Currency, total - refundedSoFar, refundedSoFar = total)
                : Event(received));
        }

        return [.. timeline.OrderBy(entry => entry.At)];
    }

    private static OrderTimelineEntry Refund(ProcessedWebhookEvent received, string currency, long amount, long total) =>
        new(Utc(received.AppliedAt!.Value), OrderTimelineKind.Refund,
            $"Refunded {new Money(amount, currency)} ({new Money(total, currency)} in total).", received.EventId);

    private static OrderTimelineEntry Event(ProcessedWebhookEvent received) =>
        new(Utc(received.AppliedAt!.Value), OrderTimelineKind.WebhookEvent, $"{received.Type}: {received.Outcome}", received.EventId);

    private static long? RefundTotal(ProcessedWebhookEvent received) =>
        EventUtility.ParseEvent(received.Payload, throwOnApiVersionMismatch: false).Data.Object is Charge charge ? charge.AmountRefunded : null;

    // SQLite hands dates back without a kind; the store writes them all in UTC.
    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);
}
