using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies each Stripe event at most once. The event id is inserted first, in the same transaction as the
/// event's effects: a second delivery, even one arriving at the same moment, collides on that key, its
/// transaction rolls back, and it is answered as a duplicate.
/// </summary>
public sealed class StripeWebhookProcessor(IDbContextFactory<StoreDbContext> contexts, CheckoutFulfillment fulfillment)
{
    private static readonly FrozenSet<string> CheckoutEvents = FrozenSet.ToFrozenSet(
    [
        "checkout.session.completed",
        "checkout.session.async_payment_succeeded",
        "checkout.session.async_payment_failed",
        "checkout.session.expired",
    ]);

    public async Task<WebhookResult> ProcessAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        if (await IsProcessedAsync(stripeEvent.Id, cancellationToken))
        {
            return WebhookResult.Duplicate;
        }

        var effect = await EffectOfAsync(stripeEvent, cancellationToken);
        try
        {
            var outcome = await fulfillment.ApplyAsync(async (db, now, ct) =>
            {
                var record = new ProcessedWebhookEvent(stripeEvent.Id, stripeEvent.Type, now, "", null);
                db.ProcessedWebhookEvents.Add(record);
                await db.SaveChangesAsync(ct);
                var outcome = await effect(db, now, ct);
                record.Complete(outcome.Description, outcome.OrderId);
                return outcome;
            }, cancellationToken);
            return new WebhookResult(false, outcome);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            if (await IsProcessedAsync(stripeEvent.Id, cancellationToken))
            {
                return WebhookResult.Duplicate;
            }

            throw;
        }
    }

    // Checkout events are applied from the session as Stripe reports it now, fetched before the transaction
    // opens so that no lock is held across the network call.
    private async Task<Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>>> EffectOfAsync(
        Event stripeEvent, CancellationToken cancellationToken)
    {
        switch (stripeEvent.Data.Object)
        {
            case Session announced when CheckoutEvents.Contains(stripeEvent.Type):
                Session session;
                try
                {
                    session = await fulfillment.RetrieveSessionAsync(announced.Id, cancellationToken);
                }
                catch (StripeException missing) when (missing.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    // No retry would ever find it (another account's or a test's session): record it, and let Stripe stop.
                    return (_, _, _) => Task.FromResult(FulfillmentOutcome.Ignored($"Stripe knows no Checkout Session {announced.Id}."));
                }

                return (db, now, ct) => CheckoutSessionApplier.ApplyAsync(db, session, now, ct);
            case Charge charge when stripeEvent.Type == "charge.refunded":
                return (db, now, ct) => RefundApplier.ApplyAsync(db, charge, now, ct);
            default:
                return (_, _, _) => Task.FromResult(FulfillmentOutcome.Ignored($"Events of type {stripeEvent.Type} need nothing from the store."));
        }
    }

    private async Task<bool> IsProcessedAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProcessedWebhookEvents.AnyAsync(e => e.EventId == eventId, cancellationToken);
    }
}
