using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Admin;

public sealed class PriceChangeTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_price_change_leaves_placed_orders_and_open_sessions_at_their_price_and_new_checkouts_take_the_new_one(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var placed = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        await store.PayAsync(StoreHarness.SessionIdOf(placed));
        await store.WaitForOrderAsync(placed.OrderNumber, o => o.Status == OrderStatus.Paid);
        var open = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 2)));
        var mug = await store.Database.ProductAsync("enamel-mug");

        var change = await store.Service<ProductEditor>().UpdateAsync(Staff.Member, mug.Id,
            new ProductInput(mug.Name, mug.Slug, null, mug.Description, "20.00", null, "kitchen", false, "5", mug.Stock.ToString()), mug.Stock);
        await store.PayAsync(StoreHarness.SessionIdOf(open));
        var paidAtOldPrice = await store.WaitForOrderAsync(open.OrderNumber, o => o.Status == OrderStatus.Paid);
        var afterChange = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));

        Assert.True(change.PriceChanged);
        Assert.Equal((1600L, 2000L), (change.Before!.UnitPrice, change.After.UnitPrice));
        Assert.Equal((3200L, null), (paidAtOldPrice.Total, paidAtOldPrice.ReviewReason));
        Assert.Equal(1600, (await store.OrderAsync(placed.OrderNumber)).Total);
        Assert.Equal(2000, (await store.OrderAsync(afterChange.OrderNumber)).Total);
        await using var db = store.Database.NewContext();
        var lines = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.Number == placed.OrderNumber || o.Number == open.OrderNumber)
            .SelectMany(o => o.Lines).Select(l => l.UnitPrice).ToListAsync();
        Assert.Equal([1600L, 1600L], lines);
    }
}
