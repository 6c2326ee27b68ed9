using Microsoft.EntityFrameworkCore;
using Storefront.Core.Admin.Totals;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using static Storefront.Tests.Admin.AdminOrderSeed;

namespace Storefront.Tests.Admin;

public sealed class OrderDailyTotalsTests
{
    private static readonly DateTime Day = new(2026, 11, 10, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Placed0 = DateOnly.FromDateTime(Day);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Paying_and_refunding_an_order_move_the_totals_of_the_day_it_was_placed_and_the_day_it_was_paid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var order = Placed("ada@example.com", 4000, Day);
        await database.SaveAsync(order);
        var placed = await TotalsAsync(database);

        await ChangeAsync(database, order.Id, o =>
        {
            o.AwaitPayment("cs_test_totals", "https://pay.example/", Day);
            o.MarkPaid(Day.AddDays(1));
        });
        var paid = await TotalsAsync(database);

        await ChangeAsync(database, order.Id, o => o.RecordRefund(1500, Day.AddDays(2)));
        var refunded = await TotalsAsync(database);

        Assert.Equal([(Placed0, "usd", OrderStatus.Created, 1L, 0L)], placed);
        Assert.Equal([(Placed0, "usd", OrderStatus.Paid, 1L, 0L), (Placed0.AddDays(1), "usd", OrderStatus.Paid, 0L, 4000L)], paid);
        Assert.Equal(
            [(Placed0, "usd", OrderStatus.PartiallyRefunded, 1L, 0L), (Placed0.AddDays(1), "usd", OrderStatus.PartiallyRefunded, 0L, 2500L)],
            refunded);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_maintained_totals_equal_a_recount_from_the_orders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var reversed = Paid("reversed@example.com", 3000, Day.AddHours(5), refunded: 3000);
        await database.SaveAsync(
            Paid("ada@example.com", 5000, Day), Paid("late@example.com", 700, Day.AddHours(23), paidAt: Day.AddDays(1)),
            Paid("partly@example.com", 2000, Day.AddDays(-3), refunded: 500), Cancelled("gone@example.com", 900, Day),
            Placed("euro@example.com", 1200, Day, currency: "eur"), Placed("waiting@example.com", 100, Day.AddDays(2)), reversed);
        await ChangeAsync(database, reversed.Id, o => o.ReverseRefund(1000, "The refund failed at Stripe.", Day.AddDays(4)));

        var maintained = await TotalsAsync(database);
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync(OrderDailyTotalsRecount.Replace(provider));
        }

        Assert.Equal(await TotalsAsync(database), maintained);
        Assert.Contains((Placed0, "eur", OrderStatus.Created, 1L, 0L), maintained);
        Assert.Contains((Placed0, "usd", OrderStatus.PartiallyRefunded, 1L, 2000L), maintained);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_save_rolled_back_leaves_the_totals_as_they_were(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Orders.Add(Placed("ada@example.com", 4000, Day));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(await TotalsAsync(database));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Orders_are_not_saved_synchronously_as_that_would_skip_the_totals(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        db.Orders.Add(Placed("ada@example.com", 4000, Day));

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        Assert.Empty(await TotalsAsync(database));
    }

    private static async Task ChangeAsync(TestDatabase database, Guid orderId, Action<Order> change)
    {
        await using var db = database.NewContext();
        var order = await db.Orders.SingleAsync(o => o.Id == orderId);
        change(order);
        await db.SaveChangesAsync();
    }

    /// <summary>The rows that hold anything, by day, currency and status.</summary>
    private static async Task<List<(DateOnly, string, OrderStatus, long, long)>> TotalsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var rows = await db.OrderDailyTotals.Where(t => t.Orders != 0 || t.PaidRevenue != 0).ToListAsync();
        return [.. rows.OrderBy(t => t.Day).ThenBy(t => t.Currency).ThenBy(t => t.Status).Select(t => (t.Day, t.Currency, t.Status, t.Orders, t.PaidRevenue))];
    }
}
