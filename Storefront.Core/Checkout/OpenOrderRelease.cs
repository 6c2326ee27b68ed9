using Microsoft.EntityFrameworkCore;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Core.Checkout;

/// <summary>
/// Lets go of a cart's open order that checkout will not use: its cart changed, or Stripe refused its session. The
/// order is cancelled and its stock released, unless Stripe says it was paid or completed after all.
/// </summary>
public sealed class OpenOrderRelease(IStripeClient stripe, StripeRetry retry, CheckoutFulfillment fulfillment)
{
    /// <summary>
    /// Expires the old session at Stripe, then lets fulfilment settle the order: cancelled, or paid or completed after
    /// all, in which case it stands.
    /// </summary>
    public async Task AbandonAsync(Order order, CancellationToken cancellationToken)
    {
        const string CartChanged = "The cart changed before payment; order cancelled and stock released.";
        if (order.CheckoutSessionId is not { } sessionId)
        {
            await CancelAsync(order.Id, CartChanged, cancellationToken);
            return;
        }

        if (order.Status == OrderStatus.AwaitingPayment)
        {
            try
            {
                await retry.ExecuteAsync(ct => new SessionService(stripe).ExpireAsync(sessionId, cancellationToken: ct), cancellationToken);
            }
            catch (StripeException error) when (error.StripeError?.Type == "invalid_request_error")
            {
                // Already expired or completed; fulfilment below reads which.
            }
        }

        var outcome = await fulfillment.FulfillCheckoutAsync(sessionId, cancellationToken);
        if (outcome.Status is OrderStatus.AwaitingPayment or OrderStatus.PaymentFailed)
        {
            await CancelAsync(order.Id, CartChanged, cancellationToken);
        }
    }

    public Task CancelAsync(Guid orderId, string reason, CancellationToken cancellationToken) =>
        fulfillment.ApplyAsync(async (db, now, ct) =>
        {
            var order = await db.Orders.FirstAsync(o => o.Id == orderId, ct);
            if (!order.IsOpen || order.IsAwaitingSettlement)
            {
                return new FulfillmentOutcome(order.Id, order.Status, $"Nothing to cancel; the order is {order.Status}.");
            }

            await OrderCancellation.CancelAsync(db, order, now, ct);
            return new FulfillmentOutcome(order.Id, order.Status, reason);
        }, cancellationToken);
}
