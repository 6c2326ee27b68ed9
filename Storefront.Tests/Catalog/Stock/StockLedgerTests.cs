using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Catalog.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Stock;

public sealed class StockLedgerTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_adjustment_moves_the_stock_and_writes_its_ledger_row_and_audit_entry_with_the_reason_and_who(DatabaseProvider provider)
    {
        await using var database = await CategoryEditorTests.SeededAsync(provider);
        var lamp = await database.ProductAsync("desk-lamp");
        var stock = new CatalogEditors(database.Contexts).Stock;

        await stock.AdjustAsync(Staff.Member, lamp.Id, "5", StockReason.Received);
        await stock.AdjustAsync(Staff.Member, lamp.Id, "-1", StockReason.Damaged);

        Assert.Equal(lamp.Stock + 4, (await database.ProductAsync("desk-lamp")).Stock);
        await using var db = database.NewContext();
        var ledger = await db.StockLedger.Where(e => e.ProductId == lamp.Id).OrderBy(e => e.Id)
            .Select(e => new { e.Delta, e.Reason, e.StockAfter, e.ActorId, e.ActorName }).ToListAsync();
        Assert.Equal(
            [
                new { Delta = 5, Reason = StockReason.Received, StockAfter = lamp.Stock + 5, ActorId = (string?)Staff.Member.Id, ActorName = (string?)Staff.Member.Name },
                new { Delta = -1, Reason = StockReason.Damaged, StockAfter = lamp.Stock + 4, ActorId = (string?)Staff.Member.Id, ActorName = (string?)Staff.Member.Name },
            ],
            ledger);
        var audited = await db.AuditEntries.Where(e => e.Action == AuditActions.StockAdjust).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([lamp.Id.ToString(), lamp.Id.ToString()], audited.Select(e => e.TargetId));
        Assert.Equal($"{{\"stock\":{lamp.Stock}}}", audited[0].Before);
        Assert.Equal($"{{\"stock\":{lamp.Stock + 5},\"delta\":5,\"reason\":\"Received\"}}", audited[0].After);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_adjustment_below_zero_without_a_number_or_against_its_reason_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await CategoryEditorTests.SeededAsync(provider);
        var lamp = await database.ProductAsync("desk-lamp");
        var stock = new CatalogEditors(database.Contexts).Stock;

        var belowZero = await Assert.ThrowsAsync<CatalogEditException>(() => stock.AdjustAsync(Staff.Member, lamp.Id, $"-{lamp.Stock + 1}", StockReason.Correction));
        var notANumber = await Assert.ThrowsAsync<CatalogEditException>(() => stock.AdjustAsync(Staff.Member, lamp.Id, "lots", StockReason.Received));
        var zero = await Assert.ThrowsAsync<CatalogEditException>(() => stock.AdjustAsync(Staff.Member, lamp.Id, "0", StockReason.Correction));
        var receivedNegative = await Assert.ThrowsAsync<CatalogEditException>(() => stock.AdjustAsync(Staff.Member, lamp.Id, "-2", StockReason.Received));
        var damagedPositive = await Assert.ThrowsAsync<CatalogEditException>(() => stock.AdjustAsync(Staff.Member, lamp.Id, "2", StockReason.Damaged));
        var sale = await Assert.ThrowsAsync<CatalogEditException>(() => stock.AdjustAsync(Staff.Member, lamp.Id, "-2", StockReason.Sale));

        Assert.Equal($"The stock is {lamp.Stock}; -{lamp.Stock + 1} would take it below 0 or above 1000000. Nothing was changed.", belowZero.Message);
        Assert.Contains("(it is “lots”)", notANumber.Message);
        Assert.Contains("not 0", zero.Message);
        Assert.Equal("Received units are added: enter a positive quantity, such as 5.", receivedNegative.Message);
        Assert.Equal("Damaged units are taken away: enter a negative quantity, such as -2.", damagedPositive.Message);
        Assert.Equal("Choose a reason: Received, Damaged, Correction.", sale.Message);
        Assert.Equal(lamp.Stock, (await database.ProductAsync("desk-lamp")).Stock);
        await using var db = database.NewContext();
        Assert.False(await db.StockLedger.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_new_product_opens_its_ledger_and_a_stock_typed_in_its_form_is_a_correction_by_the_difference(DatabaseProvider provider)
    {
        await using var database = await CategoryEditorTests.SeededAsync(provider);
        var products = new CatalogEditors(database.Contexts).Products;
        var created = await products.CreateAsync(Staff.Member, Input(stock: "4"));
        await using (var sale = database.NewContext())
        {
            // A sale between the form's loading and its saving: the edit moves stock by what staff typed minus what they saw.
            await sale.Products.Where(p => p.Id == created.ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - 1));
        }

        await products.UpdateAsync(Staff.Member, created.ProductId, Input(stock: "10"), stockShown: 4);

        await using var db = database.NewContext();
        Assert.Equal(9, (await db.Products.SingleAsync(p => p.Id == created.ProductId)).Stock);
        var ledger = await db.StockLedger.Where(e => e.ProductId == created.ProductId).OrderBy(e => e.Id)
            .Select(e => new { e.Delta, e.Reason, e.StockAfter }).ToListAsync();
        Assert.Equal([new { Delta = 4, Reason = StockReason.Opening, StockAfter = 4 }, new { Delta = 6, Reason = StockReason.Correction, StockAfter = 9 }], ledger);
    }

    internal static ProductInput Input(string stock, string price = "12.00", bool archived = false, string threshold = "5") =>
        new("Linen Apron", null, "AP-1", "A *sturdy* apron.", price, null, "kitchen", archived, threshold, stock);
}
