using Microsoft.EntityFrameworkCore;
using Storefront.Core.Cart;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies Stripe's current view of a Checkout Session to its order and payment. It works from the session's
/// state, not from the event that announced it, so duplicates and events out of order change nothing:
/// the order only moves forward, and a paid order stays paid. The caller owns the transaction.
/// </summary>
public static class CheckoutSessionApplier
{
    public static async Task<FulfillmentOutcome> ApplyAsync(StoreDbContext db, CheckoutSessionView session, DateTime now, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(session.OrderKey, out var orderId))
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
            ("complete", _) when PaymentFailed(session) => await FailedAsync(db, order, payment, session, now, cancellationToken),
            ("complete", _) => await PendingAsync(db, order, payment, session, now, cancellationToken),
            ("expired", _) => await ExpiredAsync(db, order, payment, session, now, cancellationToken),
            _ => new FulfillmentOutcome(order.Id, order.Status, $"Checkout Session {session.Id} is still open."),
        };
    }

    private static async Task<FulfillmentOutcome> PaidAsync(
        StoreDbContext db, Order order, Payment payment, CheckoutSessionView session, DateTime now, CancellationToken cancellationToken)
    {
        payment.Record(PaymentStatus.Succeeded, session.PaymentIntentId, now);
        order.RecordCustomerEmail(session.Email ?? "", now);
        var expected = order.TotalWith(session.Details);
        if (session.AmountTotal != expected || !string.Equals(session.Currency, order.Currency, StringComparison.OrdinalIgnoreCase))
        {
            order.FlagForReview(
                $"Stripe took {session.AmountTotal} {session.Currency} for session {session.Id}, but the order totals {expected} {order.Currency} " +
                $"(lines {order.Subtotal} + shipping {session.Details.Shipping} + tax {session.Details.Tax} − discount {session.Details.Discount}).", now);
            return new FulfillmentOutcome(order.Id, order.Status, "Paid amount does not match the order; held for review, not marked paid.");
        }

        if (order.Status != OrderStatus.AwaitingPayment)
        {
            if (order.Status == OrderStatus.Cancelled)
            {
                order.FlagForReview($"Session {session.Id} was paid after the order was cancelled; refund or ship it.", now);
            }
            else if (await PaidThroughAnotherSessionAsync(db, order, session, cancellationToken))
            {
                order.FlagForReview($"Session {session.Id} was paid as well, but the order was already paid through another session; refund one.", now);
            }

            return new FulfillmentOutcome(order.Id, order.Status, $"Payment confirmed; the order was already {order.Status}.");
        }

        // A checkout that completed earlier (a bank debit) emptied the cart then; what is in it now is a later shop.
        var cartIsTheOrders = order.CheckoutCompletedAt is null;
        order.MarkPaid(now, session.Details);
        var emptied = cartIsTheOrders ? await EmptyCartAsync(db, order, cancellationToken) : null;
        return new FulfillmentOutcome(order.Id, order.Status, $"Payment of {order.TotalMoney} confirmed; order paid.", emptied);
    }

    private static Task<bool> PaidThroughAnotherSessionAsync(StoreDbContext db, Order order, CheckoutSessionView session, CancellationToken cancellationToken) =>
        db.Payments.AnyAsync(p => p.OrderId == order.Id && p.CheckoutSessionId != session.Id &&
                                  (p.Status == PaymentStatus.Succeeded || p.Status == PaymentStatus.PartiallyRefunded || p.Status == PaymentStatus.Refunded),
            cancellationToken);

    private static async Task<Guid?> EmptyCartAsync(StoreDbContext db, Order order, CancellationToken cancellationToken)
    {
        if (order.CartId is not { } cartId)
        {
            return null;
        }

        await db.Set<CartLine>().Where(line => line.CartId == cartId).ExecuteDeleteAsync(cancellationToken);
        return cartId;
    }

    private static bool PaymentFailed(CheckoutSessionView session) =>
        session.PaymentIntentStatus is "requires_payment_method" or "canceled";

    private static async Task<FulfillmentOutcome> FailedAsync(
        StoreDbContext db, Order order, Payment payment, CheckoutSessionView session, DateTime now, CancellationToken cancellationToken)
    {
        payment.Record(PaymentStatus.Failed, session.PaymentIntentId, now);
        if (order.Status == OrderStatus.AwaitingPayment && order.CheckoutSessionId == session.Id)
        {
            order.MarkPaymentFailed(now);
            if (order.CheckoutCompletedAt is not null && !await ReturnToCartAsync(db, order, now, cancellationToken))
            {
                return new FulfillmentOutcome(order.Id, order.Status, "The delayed payment failed; the cart has moved on, so the order will be cancelled.");
            }

            return new FulfillmentOutcome(order.Id, order.Status, "The delayed payment failed; the shopper can try again.");
        }

        return new FulfillmentOutcome(order.Id, order.Status, $"The delayed payment failed; the order was already {order.Status}.");
    }

    /// <summary>
    /// Gives a failed bank debit back to its cart, with its lines if the cart is empty, so "try again" pays the same
    /// order. A cart that has started another checkout keeps it; this order then waits to be cancelled as abandoned.
    /// </summary>
    private static async Task<bool> ReturnToCartAsync(StoreDbContext db, Order order, DateTime now, CancellationToken cancellationToken)
    {
        var cart = order.CartId is { } cartId ? await db.Carts.FirstOrDefaultAsync(c => c.Id == cartId, cancellationToken) : null;
        if (cart is null || await db.Orders.AnyAsync(
                o => o.CartId == cart.Id && o.Id != order.Id && o.CheckoutCompletedAt == null &&
                     (o.Status == OrderStatus.Created || o.Status == OrderStatus.AwaitingPayment || o.Status == OrderStatus.PaymentFailed),
                cancellationToken))
        {
            return false;
        }

        order.ReturnToCart(now);
        if (cart.Lines.Count == 0)
        {
            foreach (var line in order.Lines)
            {
                cart.PutBack(line.ProductId, line.Quantity, now);
            }
        }

        return true;
    }

    private static async Task<FulfillmentOutcome> PendingAsync(
        StoreDbContext db, Order order, Payment payment, CheckoutSessionView session, DateTime now, CancellationToken cancellationToken)
    {
        payment.Record(PaymentStatus.Pending, session.PaymentIntentId, now);
        if (order.Status != OrderStatus.AwaitingPayment || order.CheckoutCompletedAt is not null)
        {
            return new FulfillmentOutcome(order.Id, order.Status, "Checkout completed; waiting for the delayed payment to clear.");
        }

        // The shopper is done: what they bought leaves the cart now, not when the debit clears days later.
        order.CompleteCheckout(now);
        var emptied = await EmptyCartAsync(db, order, cancellationToken);
        return new FulfillmentOutcome(order.Id, order.Status, "Checkout completed; the cart is emptied and the delayed payment is clearing.", emptied);
    }

    private static async Task<FulfillmentOutcome> ExpiredAsync(
        StoreDbContext db, Order order, Payment payment, CheckoutSessionView session, DateTime now, CancellationToken cancellationToken)
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
