using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Stripe;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies a <c>charge.refunded</c> event. Stripe reports the charge's running refund total, so an older,
/// smaller total arriving late changes nothing. The caller owns the transaction.
/// </summary>
public static class RefundApplier
{
    public static async Task<FulfillmentOutcome> ApplyAsync(StoreDbContext db, Charge charge, DateTime now, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.FirstOrDefaultAsync(p => p.PaymentIntentId == charge.PaymentIntentId, cancellationToken);
        if (payment is null)
        {
            return FulfillmentOutcome.Ignored($"Refund on PaymentIntent {charge.PaymentIntentId}, which paid no order of this store.");
        }

        var order = await db.Orders.FirstAsync(o => o.Id == payment.OrderId, cancellationToken);
        payment.RecordRefund(charge.AmountRefunded, now);
        if (charge.AmountRefunded <= order.AmountRefunded)
        {
            return new FulfillmentOutcome(order.Id, order.Status, "Refund already recorded.");
        }

        if (order.Status is not (OrderStatus.Paid or OrderStatus.PartiallyRefunded))
        {
            order.FlagForReview($"Stripe refunded {charge.AmountRefunded} {charge.Currency} on an order that is {order.Status}.", now);
            return new FulfillmentOutcome(order.Id, order.Status, "Refund on an order that was not paid; held for review.");
        }

        order.RecordRefund(Math.Min(charge.AmountRefunded, order.Total), now);
        var refunded = new Pricing.Money(order.AmountRefunded, order.Currency);
        return new FulfillmentOutcome(order.Id, order.Status, $"Refunded {refunded} in total; order {order.Status}.");
    }
}
