using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Stock;

public sealed class LowStockEmailTests
{
    private const string Shop = "shop@example.com";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Each_crossing_of_the_threshold_by_a_checkout_or_an_adjustment_queues_one_email_to_the_shop(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["Email:AdminNotify"] = Shop });
        var lamp = await LampAsync(store, stock: 7, threshold: 5);
        var adjuster = store.Service<StockAdjuster>();

        var crossing = await store.CheckoutAsync(await store.CartWithAsync(("desk-lamp", 2)));
        var afterFirst = await LowStockEmailsAsync(store, lamp);
        await store.CheckoutAsync(await store.CartWithAsync(("desk-lamp", 1)));
        await adjuster.AdjustAsync(Staff.Member, lamp, "1", StockReason.Received);
        await adjuster.AdjustAsync(Staff.Member, lamp, "10", StockReason.Received);
        await adjuster.AdjustAsync(Staff.Member, lamp, "-10", StockReason.Damaged);

        var first = Assert.Single(afterFirst);
        Assert.Equal((Shop, 1, "Low stock: Oak Desk Lamp (5 left)"), (first.To, first.Sequence, first.Subject));
        Assert.Contains("/admin/products/" + lamp, first.TextBody);
        var all = await LowStockEmailsAsync(store, lamp);
        Assert.Equal([1, 2], all.Select(m => m.Sequence));
        Assert.Equal("Low stock: Oak Desk Lamp (5 left)", all[1].Subject);
        await using var db = store.Database.NewContext();
        var crossings = await db.StockLedger.Where(e => e.ProductId == lamp && e.CrossedLowStock).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([(StockReason.Sale, crossing.OrderNumber), (StockReason.Damaged, null)], crossings.Select(e => (e.Reason, e.OrderNumber)));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Without_Email_AdminNotify_a_crossing_queues_no_email(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var lamp = await LampAsync(store, stock: 6, threshold: 5);

        await store.Service<StockAdjuster>().AdjustAsync(Staff.Member, lamp, "-2", StockReason.Damaged);

        Assert.Empty(await LowStockEmailsAsync(store, lamp));
        await using var db = store.Database.NewContext();
        Assert.True(await db.StockLedger.AnyAsync(e => e.ProductId == lamp && e.CrossedLowStock));
    }

    private static async Task<int> LampAsync(StoreHarness store, int stock, int threshold)
    {
        var lamp = await store.Database.ProductAsync("desk-lamp");
        await using var db = store.Database.NewContext();
        await db.Products.Where(p => p.Id == lamp.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, stock).SetProperty(p => p.LowStockThreshold, threshold));
        return lamp.Id;
    }

    private static async Task<List<OutboxMessage>> LowStockEmailsAsync(StoreHarness store, int productId)
    {
        await using var db = store.Database.NewContext();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ProductId == productId && m.Kind == EmailKind.LowStock)
            .OrderBy(m => m.Sequence).ToListAsync();
    }
}
