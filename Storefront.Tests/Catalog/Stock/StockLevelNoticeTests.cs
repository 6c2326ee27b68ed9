using Storefront.Core.Catalog;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.LiveUpdates;

namespace Storefront.Tests.Catalog.Stock;

/// <summary>
/// Checkout's sales and the releases of cancelled orders announce a product on the catalog channel when the shop now
/// shows its stock differently (in stock, "only N left", sold out), and only then, so a busy shop keeps its page cache.
/// </summary>
public sealed class StockLevelNoticeTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_sale_announces_a_product_whose_stock_level_changed_and_not_one_whose_level_held(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var heard = new Heard<CatalogItem>();
        using var listening = await ListenAsync(store, heard);
        var notebook = await store.Database.ProductAsync("linen-notebook");
        var board = await store.Database.ProductAsync("walnut-cutting-board");

        await store.CheckoutAsync(await store.CartWithAsync(("linen-notebook", 2)));
        await store.CheckoutAsync(await store.CartWithAsync(("walnut-cutting-board", 1)));

        // Notices arrive in the order they were sent, so the notebook's would be heard before the board's.
        await heard.UntilAsync(CatalogItem.ForProduct(board.Id));
        Assert.Equal([CatalogItem.ForProduct(board.Id)], heard.Messages);
        Assert.Equal(StockLevelKind.InStock, notebook.StockLevel.Kind);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Releasing_the_units_of_a_cancelled_order_announces_the_product_back_in_stock(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var board = await store.Database.ProductAsync("walnut-cutting-board");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("walnut-cutting-board", board.Stock)));
        var heard = new Heard<CatalogItem>();
        using var listening = await ListenAsync(store, heard);

        await store.Service<Storefront.Core.Checkout.OpenOrderRelease>().CancelAsync(
            (await store.OrderAsync(started.OrderNumber)).Id, "Test cancel.", CancellationToken.None);

        await heard.UntilAsync(CatalogItem.ForProduct(board.Id));
        Assert.Equal(board.Stock, (await store.Database.ProductAsync("walnut-cutting-board")).Stock);
    }

    /// <summary>Hears the catalog notices (not the catch-ups), once PostgreSQL's listener is up so that none is missed.</summary>
    private static async Task<IDisposable> ListenAsync(StoreHarness store, Heard<CatalogItem> heard)
    {
        if (store.Database.Provider == DatabaseProvider.Postgres)
        {
            await NoticeListeners.WaitForAsync(store.Database, pids => pids.Length == 1);
        }

        return store.Service<CatalogNotifications>().SubscribeToAll((item, change) => change is null ? Task.CompletedTask : heard.Add(item));
    }
}
