using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Notifications;

namespace Storefront.Core.Observability;

/// <summary>
/// The store's own counters, on the <see cref="MeterName"/> meter. Prometheus shows them as <c>storefront_…</c>
/// (a counter gains <c>_total</c>, a duration <c>_seconds</c>).
/// </summary>
public sealed class StoreMetrics
{
    public const string MeterName = "Storefront";

    public StoreMetrics(IMeterFactory meters, IDbContextFactory<StoreDbContext> contexts)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("storefront.outbox.backlog", () => OutboxBacklog(contexts), description: "Emails waiting to be sent.");
        OrdersCreated = meter.CreateCounter<long>("storefront.orders.created", description: "Orders created at checkout.");
        OrdersPaid = meter.CreateCounter<long>("storefront.orders.paid", description: "Orders that became paid, whichever path paid them.");
        WebhooksReceived = meter.CreateCounter<long>("storefront.webhooks.received", description: "Stripe events stored in the inbox (duplicates not counted).");
        WebhookBatchSize = meter.CreateHistogram<int>(
            "storefront.webhooks.batch_size", unit: "{event}", description: "Deliveries stored per commit of the inbox writer.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000] });
        WebhooksApplied = meter.CreateCounter<long>("storefront.webhooks.applied", description: "Stripe events applied.");
        WebhooksFailed = meter.CreateCounter<long>("storefront.webhooks.failed", description: "Failed attempts to apply a Stripe event.");
        WebhooksParked = meter.CreateCounter<long>("storefront.webhooks.parked", description: "Stripe events parked after their last attempt.");
        WebhookApplyLag = meter.CreateHistogram<double>("storefront.webhooks.apply_lag", unit: "s", description: "From receipt to application of a Stripe event.");
        OutboxFailures = meter.CreateCounter<long>("storefront.outbox.failures", description: "Failed attempts to send an email.");
        ReconciliationFixes = meter.CreateCounter<long>("storefront.reconciliation.fixes", description: "Orders whose state reconciliation with Stripe changed.");
        StripeCallDuration = meter.CreateHistogram<double>("storefront.stripe.call.duration", unit: "s", description: "Duration of each Stripe API call.");
        StripeErrors = meter.CreateCounter<long>("storefront.stripe.errors", description: "Stripe API calls that failed.");
    }

    public Counter<long> OrdersCreated { get; }

    public Counter<long> OrdersPaid { get; }

    public Counter<long> WebhooksReceived { get; }

    public Histogram<int> WebhookBatchSize { get; }

    public Counter<long> WebhooksApplied { get; }

    public Counter<long> WebhooksFailed { get; }

    public Counter<long> WebhooksParked { get; }

    public Histogram<double> WebhookApplyLag { get; }

    public Counter<long> OutboxFailures { get; }

    public Counter<long> ReconciliationFixes { get; }

    public Histogram<double> StripeCallDuration { get; }

    public Counter<long> StripeErrors { get; }

    // Read at each scrape; a database that cannot answer leaves the gauge out of that scrape rather than failing it.
    private static IEnumerable<Measurement<long>> OutboxBacklog(IDbContextFactory<StoreDbContext> contexts)
    {
        try
        {
            using var db = contexts.CreateDbContext();
            return [new Measurement<long>(db.OutboxMessages.LongCount(m => m.Status == OutboxStatus.Queued))];
        }
        catch (Exception)
        {
            return [];
        }
    }
}
