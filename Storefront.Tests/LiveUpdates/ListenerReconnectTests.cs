using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.LiveUpdates;

/// <summary>The PostgreSQL listener after its connection is dropped: it subscribes again, and pages read again.</summary>
public sealed class ListenerReconnectTests
{
    [Fact]
    public async Task A_killed_listener_listens_again_tells_pages_to_read_again_and_later_changes_still_arrive()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Postgres, new Dictionary<string, string?>
        {
            ["LiveUpdates:ReconnectFirstWait"] = "00:00:00.050",
        });
        var first = await NoticeListeners.WaitForAsync(store.Database, pids => pids.Length == 1);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var order = await store.OrderAsync(started.OrderNumber);
        var notifications = store.Service<OrderNotifications>();
        var page = new Heard<OrderStatus?>();
        var list = new Heard<OrderStatus?>();
        using var follower = notifications.Subscribe(order.Id, page.Add);
        using var everyOrder = notifications.SubscribeToAll((_, status) => list.Add(status));

        // A notice through the listener shows it is past the catch-up of its first connection, so a later one is the reconnect's.
        await notifications.PublishAsync(order.Id, order.Status);
        await page.UntilAsync(order.Status);
        page.Clear();
        list.Clear();

        await NoticeListeners.TerminateAsync(store.Database);

        await NoticeListeners.WaitForAsync(store.Database, pids => pids.Length == 1 && !pids.SequenceEqual(first));
        await page.UntilAsync(null);
        await list.UntilAsync(null);
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        await page.UntilAsync(OrderStatus.Paid);
        Assert.Equal(OrderStatus.Paid, (await store.OrderAsync(started.OrderNumber)).Status);
    }
}
