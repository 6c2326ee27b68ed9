using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Payments;

/// <summary>
/// Recovers from webhooks that never came: asks Stripe about every order that has waited too long for its
/// payment, and releases the stock of orders whose shopper walked away.
/// </summary>
public sealed class CheckoutReconciler(
    IDbContextFactory<StoreDbContext> contexts,
    CheckoutFulfillment fulfillment,
    IOptions<CheckoutOptions> options,
    TimeProvider time,
    ILogger<CheckoutReconciler> logger)
{
    private const int BatchSize = 200;

    /// <summary>Returns how many orders it looked at.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        List<string> waiting;
        List<Guid> abandoned;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var waitingSince = now - settings.ReconcileAfter;
            waiting = await db.Orders
                .Where(o => o.Status == OrderStatus.AwaitingPayment && o.UpdatedAt <= waitingSince && o.CheckoutSessionId != null)
                .OrderBy(o => o.UpdatedAt).Select(o => o.CheckoutSessionId!).Take(BatchSize).ToListAsync(cancellationToken);
            abandoned = await AbandonedOrders(db, now).Select(o => o.Id).Take(BatchSize).ToListAsync(cancellationToken);
        }

        foreach (var sessionId in waiting)
        {
            try
            {
                var outcome = await fulfillment.FulfillCheckoutAsync(sessionId, cancellationToken);
                logger.LogInformation("Reconciled Checkout Session {SessionId}: {Outcome}", sessionId, outcome.Description);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Could not reconcile Checkout Session {SessionId}; will try again.", sessionId);
            }
        }

        foreach (var orderId in abandoned)
        {
            await fulfillment.ApplyAsync((db, at, ct) => CancelIfStillAbandonedAsync(db, orderId, at, ct), cancellationToken);
        }

        return waiting.Count + abandoned.Count;
    }

    private IQueryable<Order> AbandonedOrders(StoreDbContext db, DateTime now)
    {
        // A Created order never reached Stripe (or never heard back); a failed one was not retried.
        var createdBefore = now - options.Value.SessionLifetime;
        var failedBefore = now - options.Value.AbandonFailedAfter;
        return db.Orders.Where(o =>
            (o.Status == OrderStatus.Created && o.UpdatedAt <= createdBefore) ||
            (o.Status == OrderStatus.PaymentFailed && o.UpdatedAt <= failedBefore));
    }

    private async Task<FulfillmentOutcome> CancelIfStillAbandonedAsync(StoreDbContext db, Guid orderId, DateTime now, CancellationToken cancellationToken)
    {
        var order = await AbandonedOrders(db, now).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return FulfillmentOutcome.Ignored("The order moved on before it could be cancelled.");
        }

        await OrderCancellation.CancelAsync(db, order, now, cancellationToken);
        return new FulfillmentOutcome(order.Id, order.Status, "Abandoned before payment; order cancelled and stock released.");
    }
}
