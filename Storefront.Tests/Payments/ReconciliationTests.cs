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
}
