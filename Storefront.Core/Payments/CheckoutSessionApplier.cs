using Microsoft.EntityFrameworkCore;
using Storefront.Core.Cart;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Stripe.Checkout;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies Stripe's current view of a Checkout Session to its order and payment. It works from the session's
/// state, not from the event that announced it, so duplicates and events out of order change nothing:
/// the order only moves forward, and a paid order stays paid. The caller owns the transaction.
/// </summary>
public static class CheckoutSessionApplier
{
    public static async Task<FulfillmentOutcome> ApplyAsync(StoreDbContext db, Session session, DateTime now, CancellationToken cancellationToken)
    {
        var orderKey = session.Metadata?.GetValueOrDefault("order_id") ?? session.ClientReferenceId;
        if (!Guid.TryParse(orderKey, out var orderId))
        {
            return FulfillmentOutcome.Ignored($"Checkout Session {session.Id} names no order of this store.");
        }

        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return FulfillmentOutcome.Ignored($"Checkout Session {session.Id} names order {orderId}, which does not exist.");
        }

        var payment = await db.Payments.FirstOrDefaultAsync(p => p.CheckoutSessionId == session.Id, cancellationToken);
        if (payment is null)
        {
            payment = new Payment(order.Id, session.Id, session.AmountTotal ?? order.Total, session.Currency ?? order.Currency, now);
            db.Payments.Add(payment);
        }

        return (session.Status, session.PaymentStatus) switch
        {
            ("complete", "paid" or "no_payment_required") => await PaidAsync(db, order, payment, session, now, cancellationToken),
            ("complete", _) when PaymentFailed(session) => Failed(order, payment, session, now),
            ("complete", _) => Pending(order, payment, session, now),
            ("expired", _) => await ExpiredAsync(db, order, payment, session, now, cancellationToken),
            _ => new FulfillmentOutcome(order.Id, order.Status, $"Checkout Session {session.Id} is still open."),
        };
    }

    private static async Task<FulfillmentOutcome> PaidAsync(
        StoreDbContext db, Order order, Payment payment, Session session, DateTime now, CancellationToken cancellationToken)
    {
        payment.Record(PaymentStatus.Succeeded, session.PaymentIntentId, now);
        order.RecordCustomerEmail(session.CustomerDetails?.Email ?? session.CustomerEmail ?? "", now);
        if (session.AmountTotal != order.Total || !string.Equals(session.Currency, order.Currency, StringComparison.OrdinalIgnoreCase))
        {
            order.FlagForReview(
                $"Stripe took {session.AmountTotal} {session.Currency} for session {session.Id}, but the order totals {order.Total} {order.Currency}.", now);
            return new FulfillmentOutcome(order.Id, order.Status, "Paid amount does not match the order; held for review, not marked paid.");
        }

        if (order.Status != OrderStatus.AwaitingPayment)
        {
            if (order.Status == OrderStatus.Cancelled)
            {
                order.FlagForReview($"Session {session.Id} was paid after the order was cancelled; refund or ship it.", now);
            }

            return new FulfillmentOutcome(order.Id, order.Status, $"Payment confirmed; the order was already {order.Status}.");
        }

        order.MarkPaid(now);
        if (order.CartId is { } cartId)
        {
            await db.Set<CartLine>().Where(line => line.CartId == cartId).ExecuteDeleteAsync(cancellationToken);
        }

        return new FulfillmentOutcome(order.Id, order.Status, $"Payment of {order.TotalMoney} confirmed; order paid.", order.CartId);
    }

    private static bool PaymentFailed(Session session) =>
        session.PaymentIntent?.Status is "requires_payment_method" or "canceled";

    private static FulfillmentOutcome Failed(Order order, Payment payment, Session session, DateTime now)
    {
        payment.Record(PaymentStatus.Failed, session.PaymentIntentId, now);
        if (order.Status == OrderStatus.AwaitingPayment && order.CheckoutSessionId == session.Id)
        {
            order.MarkPaymentFailed(now);
            return new FulfillmentOutcome(order.Id, order.Status, "The delayed payment failed; the shopper can try again.");
        }

        return new FulfillmentOutcome(order.Id, order.Status, $"The delayed payment failed; the order was already {order.Status}.");
    }

    private static FulfillmentOutcome Pending(Order order, Payment payment, Session session, DateTime now)
    {
        payment.Record(PaymentStatus.Pending, session.PaymentIntentId, now);
        return new FulfillmentOutcome(order.Id, order.Status, "Checkout completed; waiting for the delayed payment to clear.");
    }

    private static async Task<FulfillmentOutcome> ExpiredAsync(
        StoreDbContext db, Order order, Payment payment, Session session, DateTime now, CancellationToken cancellationToken)
    {
        payment.Record(PaymentStatus.Expired, session.PaymentIntentId, now);
        if (order.IsOpen && order.CheckoutSessionId == session.Id)
        {
            await OrderCancellation.CancelAsync(db, order, now, cancellationToken);
            return new FulfillmentOutcome(order.Id, order.Status, "Checkout expired; order cancelled and stock released.");
        }

        return new FulfillmentOutcome(order.Id, order.Status, $"Checkout expired; the order was already {order.Status}.");
    }
}
