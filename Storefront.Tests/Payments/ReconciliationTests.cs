using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Payments;

public sealed class ReconciliationTests
{
    private static readonly Dictionary<string, string?> ReconcileAtOnce = new() { ["Checkout:ReconcileAfter"] = "00:00:00" };

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task When_the_webhook_never_comes_reconciliation_pays_the_order(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, ReconcileAtOnce);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("brass-pen", 2)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        Assert.Equal(OrderStatus.AwaitingPayment, (await store.OrderAsync(started.OrderNumber)).Status);

        var looked = await store.Service<CheckoutReconciler>().ReconcileAsync();

        Assert.Equal(1, looked);
        var order = await store.OrderAsync(started.OrderNumber);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal("ada@example.com", order.CustomerEmail);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task When_the_expiry_webhook_never_comes_reconciliation_cancels_and_releases_stock(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, ReconcileAtOnce);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("walnut-cutting-board", 3)));
        await store.ControlAsync($"checkout/sessions/{StoreHarness.SessionIdOf(started)}/expire");

        await store.Service<CheckoutReconciler>().ReconcileAsync();

        Assert.Equal(OrderStatus.Cancelled, (await store.OrderAsync(started.OrderNumber)).Status);
        Assert.Equal(3, (await store.Database.ProductAsync("walnut-cutting-board")).Stock);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task More_than_a_batch_of_stuck_older_orders_does_not_hide_a_newer_one(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, ReconcileAtOnce);
        await store.ControlAsync("webhooks/hold");
        var stuckSessions = Enumerable.Range(0, CheckoutReconciler.BatchSize + 5).Select(i => $"cs_test_unknown_{i:D4}").ToArray();
        await WaitingOrders.AddAsync(store.Database, DateTime.UtcNow.AddHours(-1), stuckSessions);
        var newer = await store.CheckoutAsync(await store.CartWithAsync(("brass-pen", 1)));
        await store.PayAsync(StoreHarness.SessionIdOf(newer));

        var looked = await store.Service<CheckoutReconciler>().ReconcileAsync();

        Assert.Equal(stuckSessions.Length + 1, looked);
        Assert.Equal(OrderStatus.Paid, (await store.OrderAsync(newer.OrderNumber)).Status);
        await using (var db = store.Database.NewContext())
        {
            var stuck = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.AwaitingPayment).ToListAsync();
            Assert.Equal(stuckSessions.Length, stuck.Count);
            Assert.All(stuck, order =>
            {
                Assert.Equal(1, order.ReconcileChecks);
                Assert.True(order.ReconcileAt > DateTime.UtcNow);
                Assert.StartsWith($"Stripe knows no Checkout Session {order.CheckoutSessionId}", order.ReviewReason);
            });
        }

        // Backed off: the next pass leaves them be until their next check is due.
        Assert.Equal(0, await store.Service<CheckoutReconciler>().ReconcileAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_pending_bank_debit_is_checked_again_later_and_later(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, ReconcileAtOnce);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("brass-pen", 1)));
        await store.PayByBankDebitAsync(StoreHarness.SessionIdOf(started), "DE89370400440532013000");

        await store.Service<CheckoutReconciler>().ReconcileAsync();
        var once = await store.OrderAsync(started.OrderNumber);
        await using (var db = store.Database.NewContext())
        {
            // Due again now, as if the first wait had passed.
            await db.Orders.ExecuteUpdateAsync(set => set.SetProperty(o => o.ReconcileAt, DateTime.UtcNow.AddSeconds(-1)));
        }

        await store.Service<CheckoutReconciler>().ReconcileAsync();
        var twice = await store.OrderAsync(started.OrderNumber);

        Assert.Equal((OrderStatus.AwaitingPayment, 1), (once.Status, once.ReconcileChecks));
        Assert.Equal((OrderStatus.AwaitingPayment, 2), (twice.Status, twice.ReconcileChecks));
        Assert.True(twice.ReconcileAt > once.ReconcileAt!.Value.AddMinutes(4), $"{once.ReconcileAt:O}, then {twice.ReconcileAt:O}");
        Assert.Null(twice.ReviewReason);
    }
}
