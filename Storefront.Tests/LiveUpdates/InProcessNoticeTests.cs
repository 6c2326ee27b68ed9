using Storefront.Core.Data;
using Storefront.Core.LiveUpdates;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.LiveUpdates;

/// <summary>On SQLite there is one instance: notices stay in the process and need no database round trip.</summary>
public sealed class InProcessNoticeTests
{
    [Fact]
    public async Task On_SQLite_a_notice_reaches_the_subscribers_before_publishing_returns()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var page = new Heard<OrderStatus?>();
        var orderId = Guid.NewGuid();
        using var follower = store.Service<OrderNotifications>().Subscribe(orderId, page.Add);

        await store.Service<OrderNotifications>().PublishAsync(orderId, OrderStatus.Paid);

        Assert.False(store.Service<NoticeRelay>().CrossesInstances);
        Assert.Equal([OrderStatus.Paid], page.Messages);
    }
}
