using Storefront.Core.Cart;
using Storefront.Core.Catalog;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.LiveUpdates;

/// <summary>Two store instances on one PostgreSQL: what one of them changes, the other's open pages hear.</summary>
public sealed class CrossInstanceNoticeTests
{
    [Fact]
    public async Task A_payment_applied_on_B_reaches_the_order_and_cart_followers_on_A()
    {
        await using var b = await StoreHarness.StartAsync(DatabaseProvider.Postgres);
        await using var a = PeerInstance.Start(b);
        await NoticeListeners.WaitForAsync(b.Database, pids => pids.Length == 2);
        var cartId = await b.CartWithAsync(("enamel-mug", 1));
        var started = await b.CheckoutAsync(cartId);
        var order = await b.OrderAsync(started.OrderNumber);
        var orderOnA = new Heard<OrderStatus?>();
        var listOnA = new Heard<(Guid, OrderStatus?)>();
        var badgeOnA = new Heard<int?>();
        using var follower = a.Service<OrderNotifications>().Subscribe(order.Id, orderOnA.Add);
        using var list = a.Service<OrderNotifications>().SubscribeToAll((id, status) => listOnA.Add((id, status)));
        using var badge = a.Service<CartNotifications>().Subscribe(cartId, badgeOnA.Add);

        await b.PayAsync(StoreHarness.SessionIdOf(started));

        await orderOnA.UntilAsync(OrderStatus.Paid);
        await listOnA.UntilAsync((order.Id, OrderStatus.Paid));
        await badgeOnA.UntilAsync(0);
        Assert.Equal(OrderStatus.Paid, (await b.OrderAsync(started.OrderNumber)).Status);
    }

    [Fact]
    public async Task A_catalog_change_published_on_B_is_heard_on_A()
    {
        await using var b = await StoreHarness.StartAsync(DatabaseProvider.Postgres);
        await using var a = PeerInstance.Start(b);
        await NoticeListeners.WaitForAsync(b.Database, pids => pids.Length == 2);
        var cacheOnA = new Heard<(CatalogItem, CatalogItemChange?)>();
        using var cache = a.Service<CatalogNotifications>().SubscribeToAll((item, change) => cacheOnA.Add((item, change)));
        var mug = new CatalogItem(CatalogItemKind.Product, (await b.Database.ProductAsync("enamel-mug")).Id);

        await b.Service<CatalogNotifications>().PublishAsync(mug, CatalogItemChange.Changed);

        await cacheOnA.UntilAsync((mug, CatalogItemChange.Changed));
    }
}
