using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Observability;
using Storefront.Core.Orders;
using Stripe;

namespace Storefront.Core.Payments;

/// <summary>
/// Recovers from webhooks that never came: asks Stripe about every order that has waited too long for its
/// payment, and releases the stock of orders whose shopper walked away. A pass works through every due order in
/// batches; an order that stays waiting is checked again later and later (<see cref="Order.RecordReconcileCheck"/>),
/// and one that fails is logged and passed over, so neither holds up the rest.
/// </summary>
public sealed class CheckoutReconciler(
    IDbContextFactory<StoreDbContext> contexts,
    CheckoutFulfillment fulfillment,
    IOptions<CheckoutOptions> options,
    StoreMetrics metrics,
    TimeProvider time,
    ILogger<CheckoutReconciler> logger)
{
    /// <summary>The longest wait between two checks of an order that stays waiting, such as a bank debit clearing for days.</summary>
    public static readonly TimeSpan LongestCheckInterval = TimeSpan.FromHours(6);

    internal const int BatchSize = 200;

    private sealed record DueOrder(Guid Id, string Number, string? SessionId);

    /// <summary>Returns how many orders it looked at.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var looked = 0;
        await foreach (var order in InBatchesAsync(db => Waiting(db, now), cancellationToken))
        {
            looked++;
            try
            {
                var outcome = await CheckAsync(order, cancellationToken);
                if (outcome.Status is not (null or OrderStatus.AwaitingPayment))
                {
                    metrics.ReconciliationFixes.Add(1);
                }

                logger.LogInformation("Reconciled Checkout Session {SessionId}: {Outcome}", order.SessionId, outcome.Description);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "Could not reconcile order {OrderNumber}; the next pass tries again.", order.Number);
            }
        }

        await foreach (var order in InBatchesAsync(db => AbandonedOrders(db, now), cancellationToken))
        {
            looked++;
            try
            {
                await fulfillment.ApplyAsync((db, at, ct) => CancelIfStillAbandonedAsync(db, order.Id, at, ct), cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "Could not cancel abandoned order {OrderNumber}; the next pass tries again.", order.Number);
            }
        }

        return looked;
    }

    private IQueryable<Order> Waiting(StoreDbContext db, DateTime now)
    {
        var waitingSince = now - options.Value.ReconcileAfter;
        return db.Orders.Where(o =>
            o.Status == OrderStatus.AwaitingPayment && o.CheckoutSessionId != null && o.UpdatedAt <= waitingSince &&
            (o.ReconcileAt == null || o.ReconcileAt <= now));
    }

    /// <summary>
    /// Applies Stripe's view of the order's session, and schedules the next check if the order still waits. A session
    /// Stripe says it does not know (another account's key, a restarted emulator) is held for review rather than
    /// cancelled: the money may have been taken elsewhere, and a person must decide.
    /// </summary>
    private async Task<FulfillmentOutcome> CheckAsync(DueOrder waiting, CancellationToken cancellationToken)
    {
        var sessionId = waiting.SessionId!;
        Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>>? apply = null;
        string? unknown = null;
        string unreachable = "";
        try
        {
            var session = StripeCheckoutSessions.View(await fulfillment.RetrieveSessionAsync(sessionId, cancellationToken));
            apply = (db, now, ct) => CheckoutSessionApplier.ApplyAsync(db, session, now, ct);
        }
        catch (StripeException missing) when (missing.HttpStatusCode == HttpStatusCode.NotFound)
        {
            unknown = $"Stripe knows no Checkout Session {sessionId}; check the Stripe account before cancelling or refunding.";
        }
        catch (Exception error) when (StripeRetry.IsTransient(error, cancellationToken))
        {
            unreachable = error.Message;
            logger.LogWarning(error, "Stripe could not be asked about order {OrderNumber}; checking it again later.", waiting.Number);
        }

        return await fulfillment.ApplyAsync(async (db, now, ct) =>
        {
            var outcome = apply is null ? null : await apply(db, now, ct);
            var order = await db.Orders.FirstAsync(o => o.Id == waiting.Id, ct);
            if (unknown is not null && !order.NeedsReview)
            {
                order.FlagForReview(unknown, now);
            }

            if (order.Status == OrderStatus.AwaitingPayment && order.CheckoutSessionId == sessionId)
            {
                order.RecordReconcileCheck(now, options.Value.ReconcileEvery, LongestCheckInterval);
            }

            return outcome ?? new FulfillmentOutcome(order.Id, order.Status, unknown ?? $"Stripe unreachable ({unreachable}); checked again later.");
        }, cancellationToken);
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

    /// <summary>
    /// Every order <paramref name="due"/> selects, a batch at a time, each batch read after the previous one's last
    /// order number. Keyed on the number rather than on due time, so an order whose handling failed cannot come round
    /// again in the same pass, and orders past the first batch are always reached.
    /// </summary>
    private async IAsyncEnumerable<DueOrder> InBatchesAsync(
        Func<StoreDbContext, IQueryable<Order>> due, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = "";
        List<DueOrder> batch;
        do
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                batch = await due(db).Where(o => string.Compare(o.Number, after) > 0).OrderBy(o => o.Number).Take(BatchSize)
                    .Select(o => new DueOrder(o.Id, o.Number, o.CheckoutSessionId)).ToListAsync(cancellationToken);
            }

            foreach (var order in batch)
            {
                yield return order;
            }

            after = batch.Count > 0 ? batch[^1].Number : after;
        }
        while (batch.Count == BatchSize);
    }
}
