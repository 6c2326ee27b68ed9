using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Pricing;
using Stripe;

namespace Storefront.Core.Admin;

/// <summary>
/// What staff can do to an order through Stripe. Nothing here changes the order directly: a refund changes it
/// when Stripe's <c>charge.refunded</c> arrives, and a reconciliation applies Stripe's view through fulfilment.
/// </summary>
public sealed class AdminOrderActions(
    IDbContextFactory<StoreDbContext> contexts, IStripeClient stripe, StripeRetry retry, CheckoutFulfillment fulfillment)
{
    /// <summary>
    /// Refunds <paramref name="amount"/> (minor units) of a paid order. The idempotency key includes
    /// <paramref name="requestKey"/>, which the refund form carries, so a double submit refunds once.
    /// </summary>
    /// <returns>Stripe's refund id.</returns>
    public async Task<string> RefundAsync(string orderNumber, long amount, Guid requestKey, CancellationToken cancellationToken = default)
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
            var refund = await retry.ExecuteAsync(ct => CreateRefundAsync(order, payment, amount, requestKey, ct), cancellationToken);
            return refund.Id;
        }
        catch (StripeException refused) when (refused.StripeError?.Type == "invalid_request_error")
        {
            // A refund not yet reported back (or one made in Stripe's dashboard) can leave less to refund than the order shows.
            throw new AdminActionException($"Stripe refused the refund: {refused.StripeError.Message}");
        }
    }

    /// <summary>Asks Stripe how the order's latest Checkout Session stands and applies it, as the webhook would.</summary>
    public async Task<FulfillmentOutcome> ReconcileAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        var order = await FindAsync(orderNumber, cancellationToken);
        if (order.CheckoutSessionId is not { } sessionId)
        {
            throw new AdminActionException($"Order {order.Number} has no Stripe Checkout Session to reconcile with.");
        }

        return await fulfillment.FulfillCheckoutAsync(sessionId, cancellationToken);
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
