using Storefront.Core.Orders;

namespace Storefront.Tests.Orders;

public sealed class BroadcastTests
{
    [Fact]
    public async Task A_subscriber_to_all_hears_every_order_until_it_unsubscribes()
    {
        var notifications = new OrderNotifications();
        var heard = new List<(Guid, OrderStatus?)>();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var subscription = notifications.SubscribeToAll((id, status) =>
        {
            heard.Add((id, status));
            return Task.CompletedTask;
        });

        await notifications.PublishAsync(first, OrderStatus.Paid);
        await notifications.PublishAsync(second, OrderStatus.Refunded);
        subscription.Dispose();
        await notifications.PublishAsync(first, OrderStatus.PartiallyRefunded);

        Assert.Equal([(first, OrderStatus.Paid), (second, OrderStatus.Refunded)], heard);
    }

    [Fact]
    public void A_key_is_forgotten_when_its_last_subscriber_leaves()
    {
        var notifications = new OrderNotifications();
        var order = Guid.NewGuid();
        var first = notifications.Subscribe(order, _ => Task.CompletedTask);
        var second = notifications.Subscribe(order, _ => Task.CompletedTask);

        first.Dispose();
        Assert.Equal(1, notifications.WatchedKeyCount);
        second.Dispose();
        second.Dispose();

        Assert.Equal(0, notifications.WatchedKeyCount);
    }

    [Fact]
    public async Task Pages_coming_and_going_on_one_key_at_once_leave_no_key_behind_and_drop_no_one_who_stays()
    {
        var notifications = new OrderNotifications();
        var order = Guid.NewGuid();
        var heard = new List<OrderStatus?>();

        await Parallel.ForAsync(0, 2_000, (_, _) =>
        {
            notifications.Subscribe(order, _ => Task.CompletedTask).Dispose();
            return ValueTask.CompletedTask;
        });
        Assert.Equal(0, notifications.WatchedKeyCount);

        using var staying = notifications.Subscribe(order, status =>
        {
            heard.Add(status);
            return Task.CompletedTask;
        });
        await Parallel.ForAsync(0, 2_000, (_, _) =>
        {
            notifications.Subscribe(order, _ => Task.CompletedTask).Dispose();
            return ValueTask.CompletedTask;
        });
        await notifications.PublishAsync(order, OrderStatus.Paid);

        Assert.Equal([OrderStatus.Paid], heard);
        Assert.Equal(1, notifications.WatchedKeyCount);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_keep_the_notice_from_the_others()
    {
        var notifications = new OrderNotifications();
        var order = Guid.NewGuid();
        var heard = new List<OrderStatus?>();
        using var broken = notifications.Subscribe(order, _ => throw new InvalidOperationException("A page that broke."));
        using var working = notifications.Subscribe(order, status =>
        {
            heard.Add(status);
            return Task.CompletedTask;
        });

        await Assert.ThrowsAsync<AggregateException>(() => notifications.PublishAsync(order, OrderStatus.Paid));

        Assert.Equal([OrderStatus.Paid], heard);
    }
}
