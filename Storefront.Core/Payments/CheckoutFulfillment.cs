using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Storefront.Core.Cart;
using Storefront.Core.Catalog;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Observability;
using Storefront.Core.Orders;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Core.Payments;

/// <summary>
/// <c>FulfillCheckout(sessionId)</c>: asks Stripe how a Checkout Session stands and brings its order in line.
/// The webhook, the success page and the reconciliation job all come through here; calling it twice, or
/// from two places at once, has the effect of calling it once.
/// </summary>
public sealed class CheckoutFulfillment(
    IDbContextFactory<StoreDbContext> contexts,
    IStripeClient stripe,
    StripeRetry retry,
    OrderNotifications orders,
    CartNotifications carts,
    CatalogNotifications catalog,
    OrderEmails emails,
    StoreMetrics metrics,
    TimeProvider time,
    ILogger<CheckoutFulfillment> logger)
{
    private const int Attempts = 3;

    public async Task<FulfillmentOutcome> FulfillCheckoutAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var session = StripeCheckoutSessions.View(await RetrieveSessionAsync(sessionId, cancellationToken));
        return await ApplyAsync((db, now, ct) => CheckoutSessionApplier.ApplyAsync(db, session, now, ct), cancellationToken);
    }

    /// <summary>The session with what fulfilment reads expanded: line items, PaymentIntent, shipping rate and promotion code.</summary>
    public Task<Session> RetrieveSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(
            ct => new SessionService(stripe).GetAsync(
                sessionId, new SessionGetOptions { Expand = [.. StripeCheckoutSessions.Expand] }, cancellationToken: ct),
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="apply"/> in one transaction, with the emails its changes send, and tells waiting pages
    /// what changed. When another writer changed the order first (the webhook and the success page at the same
    /// moment), it reads again and re-applies.
    /// </summary>
    public async Task<FulfillmentOutcome> ApplyAsync(
        Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>> apply, CancellationToken cancellationToken) =>
        (await ApplyAllAsync(async (db, now, ct) => [await apply(db, now, ct)], cancellationToken))[0];

    /// <summary>
    /// As <see cref="ApplyAsync"/>, for changes to several orders that commit together (a round of webhook events):
    /// one transaction, one save and one commit for them all, and a notice for each outcome once committed.
    /// </summary>
    public async Task<IReadOnlyList<FulfillmentOutcome>> ApplyAllAsync(
        Func<StoreDbContext, DateTime, CancellationToken, Task<IReadOnlyList<FulfillmentOutcome>>> apply, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                IReadOnlyList<FulfillmentOutcome> outcomes;
                int emailsQueued;
                int paid;
                IReadOnlyList<int> relabelled;
                await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    // A failure rolls the whole transaction back and it is tried again, so savepoints would buy nothing.
                    db.Database.AutoSavepointsEnabled = false;
                    var now = time.GetUtcNow().UtcDateTime;
                    outcomes = await apply(db, now, cancellationToken);
                    emailsQueued = await emails.QueueForChangesAsync(db, now, cancellationToken);
                    paid = db.ChangeTracker.Entries<OrderStatusChange>()
                        .Count(change => change.State == EntityState.Added && change.Entity.To == OrderStatus.Paid);
                    relabelled = CatalogNotifications.StockLevelsChanging(db);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                metrics.OrdersPaid.Add(paid);

                if (emailsQueued > 0)
                {
                    emails.NotifySender();
                }

                foreach (var outcome in outcomes)
                {
                    await PublishAsync(outcome);
                }

                await catalog.PublishProductsAsync(relabelled, cancellationToken);
                return outcomes;
            }
            // The loser of that race meets the winner on the order's version, on the outbox's unique key (and a batched
            // statement does not always say which entry failed) or, on PostgreSQL, in a deadlock. Either way the
            // transaction rolled back and reading again resolves it; anything else fails again on the last attempt.
            catch (Exception error) when (attempt < Attempts && WriteConflict.Is(error))
            {
                logger.LogInformation("An order changed while being fulfilled; applying again (attempt {Attempt}).", attempt + 1);
            }
        }
    }

    private async Task PublishAsync(FulfillmentOutcome outcome)
    {
        if (outcome is { OrderId: { } orderId, Status: { } status })
        {
            await orders.PublishAsync(orderId, status);
        }

        if (outcome.EmptiedCartId is { } cartId)
        {
            await carts.PublishAsync(cartId, 0);
        }
    }
}
