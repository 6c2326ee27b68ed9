using Storefront.Core.Orders;

namespace Storefront.Tests.Orders;

public sealed class BroadcastTests
{
    [Fact]
    public async Task A_subscriber_to_all_hears_every_order_until_it_unsubscribes()
    {
        var notifications = new OrderNotifications();
        var heard = new List<(Guid, OrderStatus)>();
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
}
