using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Pricing;
using Stripe;

namespace Storefront.Core.Admin;

/// <summary>
/// What staff can do to an order through Stripe. Nothing here changes the order directly: a refund changes it
/// when Stripe's <c>charge.refunded</c> arrives, and a reconciliation applies Stripe's view through fulfilment.
/// Each action Stripe carried out is recorded in the audit log under the staff member who asked for it.
/// </summary>
public sealed class AdminOrderActions(
    IDbContextFactory<StoreDbContext> contexts, IStripeClient stripe, StripeRetry retry, CheckoutFulfillment fulfillment, AuditLog audit)
{
    /// <summary>
    /// Refunds <paramref name="amount"/> (minor units) of a paid order. The idempotency key includes
    /// <paramref name="requestKey"/>, which the refund form carries, so a double submit refunds once.
    /// </summary>
    /// <returns>Stripe's refund id.</returns>
    public async Task<string> RefundAsync(AuditActor actor, string orderNumber, long amount, Guid requestKey, CancellationToken cancellationToken = default)
    {
        var (order, payment) = await FindPaidAsync(orderNumber, cancellationToken);
        var refundable = order.RefundableAmount;
        if (amount <= 0)
        {
            throw new AdminActionException("Enter a refund amount greater than zero.");
        }

        if (amount > refundable)
        {
            throw new AdminActionException(
                $"A refund of {new Money(amount, order.Currency)} is more than the {new Money(refundable, order.Currency)} left to refund on order {order.Number}.");
        }

        try
        {
            // Stamped with the request's time: Stripe's report of the refund can be applied before Stripe's answer is in.
            var requestedAt = audit.Now;
            var refund = await retry.ExecuteAsync(ct => CreateRefundAsync(order, payment, amount, requestKey, ct), cancellationToken);
            await RecordRefundAsync(actor, order, refund, requestedAt, cancellationToken);
            return refund.Id;
        }
        catch (StripeException refused) when (refused.StripeError?.Type == "invalid_request_error")
        {
            // A refund not yet reported back (or one made in Stripe's dashboard) can leave less to refund than the order shows.
            throw new AdminActionException($"Stripe refused the refund: {refused.StripeError.Message}");
        }
    }

    /// <summary>Asks Stripe how the order's latest Checkout Session stands and applies it, as the webhook would.</summary>
    public async Task<FulfillmentOutcome> ReconcileAsync(AuditActor actor, string orderNumber, CancellationToken cancellationToken = default)
    {
        var order = await FindAsync(orderNumber, cancellationToken);
        if (order.CheckoutSessionId is not { } sessionId)
        {
            throw new AdminActionException($"Order {order.Number} has no Stripe Checkout Session to reconcile with.");
        }

        var requestedAt = audit.Now;
        var outcome = await fulfillment.FulfillCheckoutAsync(sessionId, cancellationToken);
        await audit.RecordAsync(actor, AuditActions.OrderReconcile, AuditTarget.Order(order.Number),
            new { order.Status }, new { Status = outcome.Status ?? order.Status, outcome.Description }, requestedAt, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// A double submit gets Stripe's same refund back; it is one refund, so it is recorded once.
    /// </summary>
    private async Task RecordRefundAsync(AuditActor actor, Order order, Refund refund, DateTime requestedAt, CancellationToken cancellationToken)
    {
        var target = AuditTarget.Order(order.Number);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recorded = await db.AuditEntries.AnyAsync(e => e.TargetType == target.Type && e.TargetId == target.Id
            && e.Action == AuditActions.OrderRefund && e.After!.Contains(refund.Id), cancellationToken);
        if (!recorded)
        {
            audit.Record(db, actor, AuditActions.OrderRefund, target,
                new { order.AmountRefunded, Refundable = order.RefundableAmount, order.Currency },
                new { RefundId = refund.Id, refund.Amount, order.Currency }, requestedAt);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Task<Refund> CreateRefundAsync(Order order, Payment payment, long amount, Guid requestKey, CancellationToken cancellationToken) =>
        new RefundService(stripe).CreateAsync(
            new RefundCreateOptions
            {
                PaymentIntent = payment.PaymentIntentId,
                Amount = amount,
                Reason = RefundReasons.RequestedByCustomer,
                Metadata = new Dictionary<string, string> { ["order_id"] = order.Id.ToString(), ["order_number"] = order.Number },
            },
            new RequestOptions { IdempotencyKey = $"refund-{order.Id}-{requestKey}" },
            cancellationToken);

    private async Task<(Order Order, Payment Payment)> FindPaidAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var order = await FindAsync(orderNumber, cancellationToken);
        if (!order.IsRefundable)
        {
            throw new AdminActionException($"Order {order.Number} is {OrderStatusWords.For(order.Status).ToLowerInvariant()}; only a paid order can be refunded.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payment = await db.Payments.AsNoTracking()
            .Where(p => p.OrderId == order.Id && p.PaymentIntentId != null
                && (p.Status == PaymentStatus.Succeeded || p.Status == PaymentStatus.PartiallyRefunded))
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return payment is null
            ? throw new AdminActionException($"Order {order.Number} has no successful Stripe payment to refund.")
            : (order, payment);
    }

    private async Task<Order> FindAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var number = orderNumber.Trim().ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number, cancellationToken)
            ?? throw new AdminActionException($"There is no order {number}.");
    }
}
