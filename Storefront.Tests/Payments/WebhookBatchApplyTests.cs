using Microsoft.EntityFrameworkCore;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Payments.Ingest;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Payments;

/// <summary>The inbox worker applies a round's events a batch per transaction; a batch that fails is not one event's loss.</summary>
public sealed class WebhookBatchApplyTests
{
    private const string Refusal = "refused by the test";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_batch_holding_an_event_the_database_refuses_applies_the_others_and_records_the_refusal_on_that_event_alone(DatabaseProvider provider)
    {
        // No retry within the test: the refused event's single attempt is what it shows.
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["Webhooks:RetryDelay"] = "00:10:00" });
        await store.ControlAsync("webhooks/hold");
        var orders = new List<CheckoutStarted>();
        foreach (var slug in new[] { "enamel-mug", "brass-pen", "linen-notebook" })
        {
            var started = await store.CheckoutAsync(await store.CartWithAsync((slug, 1)));
            await store.PayAsync(StoreHarness.SessionIdOf(started));
            orders.Add(started);
        }

        await RefuseUpdatesOfAsync(store, provider, orders[1].OrderNumber);

        // Stored in one statement, so the worker finds all three due in one round.
        var events = orders.Select((order, i) => new QueuedWebhook($"evt_batch_{i}", "checkout.session.completed",
            SignedEvent.CheckoutSession($"evt_batch_{i}", "checkout.session.completed", StoreHarness.SessionIdOf(order), "complete"))).ToList();
        await store.Service<WebhookInbox>().AppendAsync(events, CancellationToken.None);

        await store.WaitForAppliedEventAsync("evt_batch_0");
        await store.WaitForAppliedEventAsync("evt_batch_2");
        var refused = await Wait.UntilAsync(async () =>
        {
            await using var db = store.Database.NewContext();
            return await db.ProcessedWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.EventId == "evt_batch_1" && e.Attempts > 0);
        });
        Assert.Equal((1, (DateTime?)null), (refused.Attempts, refused.AppliedAt));
        Assert.Contains(Refusal, refused.LastError);
        Assert.Equal(
            [OrderStatus.Paid, OrderStatus.AwaitingPayment, OrderStatus.Paid],
            await Task.WhenAll(orders.Select(async order => (await store.OrderAsync(order.OrderNumber)).Status)));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_paid_sessions_of_one_order_in_one_round_leave_it_paid_once_and_held_for_review(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var order = await store.OrderAsync(started.OrderNumber);
        var first = StoreHarness.SessionIdOf(started);
        var second = await StraySessions.CreateAsync(store, order);
        await store.PayAsync(first);
        await store.PayAsync(second);

        // Stored in one statement, so the worker finds both due in one round.
        var events = new[] { first, second }.Select((session, i) => new QueuedWebhook($"evt_twice_{i}", "checkout.session.completed",
            SignedEvent.CheckoutSession($"evt_twice_{i}", "checkout.session.completed", session, "complete"))).ToList();
        await store.Service<WebhookInbox>().AppendAsync(events, CancellationToken.None);

        await store.WaitForAppliedEventAsync("evt_twice_0");
        await store.WaitForAppliedEventAsync("evt_twice_1");
        var held = await store.OrderAsync(order.Number);
        Assert.Equal(OrderStatus.Paid, held.Status);
        Assert.Contains("already paid through another session", held.ReviewReason);
        await using var db = store.Database.NewContext();
        Assert.Equal(2, await db.Payments.CountAsync(p => p.OrderId == order.Id && p.Status == PaymentStatus.Succeeded));
        Assert.Equal(1, await db.OrderStatusChanges.CountAsync(c => c.OrderId == order.Id && c.To == OrderStatus.Paid));
    }

    // A failure only this order's update meets, in the database itself, as a disk or constraint error would be. The
    // order number is the store's own, not input, so it goes into the DDL as it is.
    private static async Task RefuseUpdatesOfAsync(StoreHarness store, DatabaseProvider provider, string orderNumber)
    {
        await using var db = store.Database.NewContext();
        string[] statements = provider == DatabaseProvider.Sqlite
            ?
            [
                $"""CREATE TRIGGER refuse_order BEFORE UPDATE ON "Orders" WHEN OLD."Number" = '{orderNumber}' BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;""",
            ]
            :
            [
                $"""CREATE FUNCTION refuse_order() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '{Refusal}'; END $$ LANGUAGE plpgsql""",
                $"""CREATE TRIGGER refuse_order BEFORE UPDATE ON "Orders" FOR EACH ROW WHEN (OLD."Number" = '{orderNumber}') EXECUTE FUNCTION refuse_order()""",
            ];
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement);
        }
    }
}
