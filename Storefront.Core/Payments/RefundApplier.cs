using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Pricing;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies a charge's refunds, as Stripe reports them now, to the order the charge paid: the order's refunded
/// total follows the refunds that stand, so a repeated or late event changes nothing and a failed refund lowers it.
/// The caller owns the transaction.
/// </summary>
public static class RefundApplier
{
    public static async Task<FulfillmentOutcome> ApplyAsync(StoreDbContext db, ChargeRefunds charge, DateTime now, CancellationToken cancellationToken)
    {
        var payment = charge.PaymentIntentId is { Length: > 0 } intent
            ? await db.Payments.FirstOrDefaultAsync(p => p.PaymentIntentId == intent, cancellationToken)
            : null;
        if (payment is null)
        {
            return FulfillmentOutcome.Ignored($"Refund on charge {charge.ChargeId}, which paid no order of this store.");
        }

        var order = await db.Orders.FirstAsync(o => o.Id == payment.OrderId, cancellationToken);
        if (!string.Equals(charge.Currency, order.Currency, StringComparison.OrdinalIgnoreCase))
        {
            order.FlagForReview(
                $"Stripe reports {charge.AmountRefunded} {charge.Currency} refunded on charge {charge.ChargeId}, but the order is in {order.Currency}; not applied.", now);
            return new FulfillmentOutcome(order.Id, order.Status, "Refund in another currency than the order's; held for review, not applied.");
        }

        var total = Math.Min(charge.AmountRefunded, order.Total);
        if (total < order.AmountRefunded)
        {
            return Reversed(order, payment, charge, total, now);
        }

        payment.RecordRefund(total, now);
        if (total == order.AmountRefunded)
        {
            return new FulfillmentOutcome(order.Id, order.Status, "Refund already recorded.");
        }

        if (order.Status is not (OrderStatus.Paid or OrderStatus.PartiallyRefunded))
        {
            order.FlagForReview($"Stripe refunded {charge.AmountRefunded} {charge.Currency} on an order that is {order.Status}.", now);
            return new FulfillmentOutcome(order.Id, order.Status, "Refund on an order that was not paid; held for review.");
        }

        order.RecordRefund(total, now);
        return new FulfillmentOutcome(order.Id, order.Status, $"Refunded {Money(order.AmountRefunded, order)} in total; order {order.Status}.");
    }

    private static FulfillmentOutcome Reversed(Order order, Payment payment, ChargeRefunds charge, long total, DateTime now)
    {
        var reversed = Money(order.AmountRefunded - total, order);
        payment.ReverseRefund(total, now);
        order.ReverseRefund(total,
            $"A refund of {reversed} on charge {charge.ChargeId} failed or was cancelled at Stripe; the shopper has not got it back.", now);
        return new FulfillmentOutcome(order.Id, order.Status,
            $"A refund of {reversed} failed or was cancelled; {Money(total, order)} refunded in total; order {order.Status}, held for review.");
    }

    private static Money Money(long amount, Order order) => new(amount, order.Currency);
}
