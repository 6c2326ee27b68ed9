using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Observability;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Core.Payments;

/// <summary>
/// Applies one received Stripe event, at most once: the event is marked applied in the same transaction as its
/// effects, and a concurrent attempt on the same event fails on its version and finds it applied.
/// </summary>
public sealed class StripeWebhookProcessor(
    IDbContextFactory<StoreDbContext> contexts, CheckoutFulfillment fulfillment, StripeChargeReader charges, StoreMetrics metrics,
    TimeProvider time)
{
    private static readonly FrozenSet<string> CheckoutEvents = FrozenSet.ToFrozenSet(
    [
        "checkout.session.completed",
        "checkout.session.async_payment_succeeded",
        "checkout.session.async_payment_failed",
        "checkout.session.expired",
    ]);

    /// <summary>
    /// Applies the event as it was read from the inbox (the worker reads a round's events in one query); returns null when
    /// it had been applied already, then or since.
    /// </summary>
    public async Task<FulfillmentOutcome?> ApplyAsync(ProcessedWebhookEvent received, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(received, cancellationToken) is not { } prepared)
        {
            return null;
        }

        var applied = await ApplyTogetherAsync([prepared], cancellationToken);
        return applied.Count == 1 ? applied[0].Outcome : null;
    }

    /// <summary>
    /// Reads from Stripe what applying the event needs; null when it had been applied already. A failure here (Stripe
    /// unreachable, a payload with nothing to apply) is this event's alone.
    /// </summary>
    public async Task<PreparedWebhookEvent?> PrepareAsync(ProcessedWebhookEvent received, CancellationToken cancellationToken)
    {
        if (received.IsApplied)
        {
            return null;
        }

        // The signature was checked on receipt; real accounts send events on older API versions, which still apply.
        var stripeEvent = EventUtility.ParseEvent(received.Payload, throwOnApiVersionMismatch: false);
        var (orderId, effect) = await EffectOfAsync(stripeEvent, received.Payload, cancellationToken);
        return new PreparedWebhookEvent(received, orderId, effect);
    }

    /// <summary>
    /// Applies prepared events in one transaction, each marked applied with its effects, so that a round costs one commit
    /// and not one each. Returns the events applied now with their outcomes; one applied meanwhile is left out. If any
    /// fails, none is applied: the caller then applies them one at a time, so the failure stays with its own event.
    /// </summary>
    public async Task<IReadOnlyList<(string EventId, FulfillmentOutcome Outcome)>> ApplyTogetherAsync(
        IReadOnlyList<PreparedWebhookEvent> events, CancellationToken cancellationToken)
    {
        var applied = new List<(string EventId, FulfillmentOutcome Outcome)>();
        await fulfillment.ApplyAllAsync(async (db, now, ct) =>
        {
            // Tried again whole after a write conflict: only the last attempt's list counts.
            applied.Clear();
            var ids = events.Select(e => e.EventId).ToList();
            var current = await db.ProcessedWebhookEvents.Where(e => ids.Contains(e.EventId)).ToDictionaryAsync(e => e.EventId, ct);
            foreach (var prepared in events)
            {
                var row = current[prepared.EventId];
                if (row.IsApplied)
                {
                    continue;
                }

                var outcome = await prepared.Effect(db, now, ct);
                row.MarkApplied(outcome.Description, outcome.OrderId, now);
                applied.Add((prepared.EventId, outcome));
            }

            return applied.Select(a => a.Outcome).ToList();
        }, cancellationToken);

        var at = time.GetUtcNow().UtcDateTime;
        var appliedIds = applied.Select(a => a.EventId).ToHashSet();
        metrics.WebhooksApplied.Add(applied.Count);
        foreach (var prepared in events.Where(e => appliedIds.Contains(e.EventId)))
        {
            metrics.WebhookApplyLag.Record((at - prepared.Received.ReceivedAt).TotalSeconds);
        }

        return applied;
    }

    // Checkout and refund events are applied from the session or charge as Stripe reports it now, fetched before
    // the transaction opens so that no lock is held across the network call.
    private async Task<(Guid? OrderId, Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>> Effect)> EffectOfAsync(
        Event stripeEvent, string payload, CancellationToken cancellationToken)
    {
        if (stripeEvent.Data is null)
        {
            // Retrying cannot mend it; the inbox parks it after its attempts, with this as its error.
            throw new FormatException($"Stripe event {stripeEvent.Id} ({stripeEvent.Type}) has no data member, so there is nothing to apply.");
        }

        switch (stripeEvent.Data.Object)
        {
            case Session announced when CheckoutEvents.Contains(stripeEvent.Type):
                CheckoutSessionView session;
                try
                {
                    session = StripeCheckoutSessions.View(
                        await fulfillment.RetrieveSessionAsync(announced.Id, cancellationToken), StripeCheckoutSessions.OlderShippingDetails(payload));
                }
                catch (StripeException missing) when (missing.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    // No retry would ever find it (another account's or a test's session): record it and move on.
                    return Ignored($"Stripe knows no Checkout Session {announced.Id}.");
                }

                return (Guid.TryParse(session.OrderKey, out var orderId) ? orderId : null,
                    (db, now, ct) => CheckoutSessionApplier.ApplyAsync(db, session, now, ct));
            case Charge charge when stripeEvent.Type == "charge.refunded":
                return await RefundEffectAsync(charge.Id, charge.PaymentIntentId, cancellationToken);
            case Refund refund when stripeEvent.Type == "charge.refund.updated":
                return await RefundEffectAsync(refund.ChargeId, refund.PaymentIntentId, cancellationToken);
            default:
                return Ignored($"Events of type {stripeEvent.Type} need nothing from the store.");
        }
    }

    // Only a PaymentIntent the store recorded leads to a call to Stripe: a made-up or foreign id (or none, which a
    // query would turn into IS NULL and match an unpaid order) is recorded as ignored and costs nothing.
    private async Task<(Guid? OrderId, Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>> Effect)> RefundEffectAsync(
        string? chargeId, string? paymentIntentId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(chargeId) || string.IsNullOrEmpty(paymentIntentId) ||
            await OrderPaidByAsync(paymentIntentId, cancellationToken) is not { } orderId)
        {
            return Ignored($"Refund on charge {Named(chargeId)} of PaymentIntent {Named(paymentIntentId)}, which paid no order of this store.");
        }

        ChargeRefunds charge;
        try
        {
            charge = await charges.RetrieveAsync(chargeId, cancellationToken);
        }
        catch (StripeException missing) when (missing.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return Ignored($"Stripe knows no charge {chargeId}.");
        }

        return (orderId, (db, now, ct) => RefundApplier.ApplyAsync(db, charge, now, ct));
    }

    private async Task<Guid?> OrderPaidByAsync(string paymentIntentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Payments.Where(p => p.PaymentIntentId == paymentIntentId).Select(p => (Guid?)p.OrderId).FirstOrDefaultAsync(cancellationToken);
    }

    private static (Guid?, Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>>) Ignored(string described) =>
        (null, (_, _, _) => Task.FromResult(FulfillmentOutcome.Ignored(described)));

    private static string Named(string? id) => string.IsNullOrEmpty(id) ? "(none)" : id;
}
