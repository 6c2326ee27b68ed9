using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Stock;

public sealed class StockRaceTests
{
    private const int Initial = 10;
    private const int Shoppers = 20;

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_adjustment_racing_twenty_checkouts_for_the_last_units_neither_loses_nor_invents_a_unit(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var lamp = await store.Database.ProductAsync("desk-lamp");
        await using (var db = store.Database.NewContext())
        {
            await db.Products.Where(p => p.Id == lamp.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, Initial));
        }

        var carts = new List<Guid>();
        for (var shopper = 0; shopper < Shoppers; shopper++)
        {
            carts.Add(await store.CartWithAsync(("desk-lamp", 1)));
        }

        var adjuster = store.Service<StockAdjuster>();
        var checkouts = carts.Select(cart => Task.Run(async () =>
        {
            try
            {
                return (await store.CheckoutAsync(cart)).OrderNumber;
            }
            catch (CheckoutException refused) when (refused.Problem == CheckoutProblem.OutOfStock)
            {
                return null;
            }
        })).ToList();
        var received = Task.Run(() => adjuster.AdjustAsync(Staff.Member, lamp.Id, "3", StockReason.Received));
        var damaged = Task.Run(async () =>
        {
            try
            {
                return (await adjuster.AdjustAsync(Staff.Member, lamp.Id, "-1", StockReason.Damaged)).Delta;
            }
            catch (CatalogEditException)
            {
                // Refused only when checkouts had already taken every unit; then it changed nothing.
                return 0;
            }
        });
        var orders = (await Task.WhenAll(checkouts)).OfType<string>().ToList();
        var adjusted = (await received).Delta + await damaged;

        var final = (await store.Database.ProductAsync("desk-lamp")).Stock;
        await using var check = store.Database.NewContext();
        var reserved = await check.Orders.Where(o => o.Status != OrderStatus.Cancelled).SelectMany(o => o.Lines)
            .Where(l => l.ProductId == lamp.Id).SumAsync(l => l.Quantity);
        Assert.Equal(orders.Count, reserved);
        Assert.Equal(Initial + adjusted - reserved, final);
        Assert.InRange(final, 0, Initial + adjusted);
        Assert.InRange(orders.Count, Initial - 1, Initial + 3);
        var ledger = await check.StockLedger.Where(e => e.ProductId == lamp.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(orders.Order(), ledger.Where(e => e.Reason == StockReason.Sale).Select(e => e.OrderNumber!).Order());
        Assert.Equal(final - Initial, ledger.Sum(e => e.Delta));
        Assert.Equal(final, ledger[^1].StockAfter);
        Assert.All(ledger.Skip(1).Zip(ledger), pair => Assert.Equal(pair.Second.StockAfter + pair.First.Delta, pair.First.StockAfter));
    }
}
