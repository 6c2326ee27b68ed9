using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Storefront.Core.Orders;

namespace Storefront.Core.Admin.Totals;

/// <summary>
/// What a save does to the daily totals: each order added, changed or removed takes its old contribution out and
/// puts its new one in. Applied by one UPSERT of increments in the save's transaction, so the totals commit with
/// the orders or not at all, and two saves that touch the same day add up instead of overwriting each other.
/// </summary>
internal sealed class OrderDailyTotalsChange
{
    private readonly SortedDictionary<(DateOnly Day, string Currency, OrderStatus Status), (long Orders, long PaidRevenue)> _deltas = [];

    public bool IsEmpty => _deltas.Count == 0;

    /// <summary>Read before the save, while the tracker still holds each order's values as loaded.</summary>
    public static OrderDailyTotalsChange Of(ChangeTracker tracker)
    {
        var change = new OrderDailyTotalsChange();
        foreach (var entry in tracker.Entries<Order>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                change.Add(entry.OriginalValues, -1);
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                change.Add(entry.CurrentValues, +1);
            }
        }

        foreach (var key in change._deltas.Where(d => d.Value == (0, 0)).Select(d => d.Key).ToList())
        {
            change._deltas.Remove(key);
        }

        return change;
    }

    // Keys in one order, so that two transactions adding to the same rows lock them in the same order and never deadlock.
    public Task ApplyAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(
            $"""INSERT INTO "{OrderDailyTotalConfiguration.Table}" ("Day", "Currency", "Status", "Orders", "PaidRevenue") VALUES """);
        var parameters = new List<object>();
        foreach (var ((day, currency, status), (orders, revenue)) in _deltas)
        {
            var first = parameters.Count;
            sql.Append(parameters.Count == 0 ? "" : ", ")
                .Append(CultureInfo.InvariantCulture, $"({{{first}}}, {{{first + 1}}}, {{{first + 2}}}, {{{first + 3}}}, {{{first + 4}}})");
            parameters.AddRange([day, currency, status.ToString(), orders, revenue]);
        }

        sql.Append($"""
             ON CONFLICT ("Day", "Currency", "Status") DO UPDATE SET
                "Orders" = "{OrderDailyTotalConfiguration.Table}"."Orders" + excluded."Orders",
                "PaidRevenue" = "{OrderDailyTotalConfiguration.Table}"."PaidRevenue" + excluded."PaidRevenue"
            """);
        return database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }

    // An order counts on the day it was placed, and its revenue (what was paid less what was refunded) on the day it was paid.
    private void Add(PropertyValues order, int sign)
    {
        var currency = order.GetValue<string>(nameof(Order.Currency));
        var status = order.GetValue<OrderStatus>(nameof(Order.Status));
        Add((Day(order.GetValue<DateTime>(nameof(Order.CreatedAt))), currency, status), sign, 0);
        if (order.GetValue<DateTime?>(nameof(Order.PaidAt)) is { } paidAt)
        {
            var revenue = order.GetValue<long>(nameof(Order.Total)) - order.GetValue<long>(nameof(Order.AmountRefunded));
            Add((Day(paidAt), currency, status), 0, sign * revenue);
        }
    }

    private void Add((DateOnly, string, OrderStatus) key, long orders, long revenue)
    {
        var (oldOrders, oldRevenue) = _deltas.GetValueOrDefault(key);
        _deltas[key] = (oldOrders + orders, oldRevenue + revenue);
    }

    private static DateOnly Day(DateTime at) => DateOnly.FromDateTime(at);
}
