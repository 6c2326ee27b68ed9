using System.Linq.Expressions;
using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>
/// Turns an <see cref="AdminOrderFilter"/> into query clauses, shared by the paged list and the export so both
/// see the same orders in the same order. Every clause has an index to run on (see the order's configuration).
/// </summary>
internal static class AdminOrderSearch
{
    public static IQueryable<Order> Matching(this IQueryable<Order> orders, AdminOrderFilter filter)
    {
        if (filter.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (filter.From is { } from)
        {
            var start = StartOf(from);
            orders = orders.Where(o => o.CreatedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            orders = orders.Where(o => o.CreatedAt < end);
        }

        return string.IsNullOrWhiteSpace(filter.Search) ? orders : orders.Where(Searching(filter.Search.Trim()));
    }

    /// <summary>The list's order, with the id last so that equal dates or totals still page deterministically.</summary>
    public static IOrderedQueryable<Order> Sorted(this IQueryable<Order> orders, AdminOrderSort sort) => sort switch
    {
        AdminOrderSort.Oldest => orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
        AdminOrderSort.TotalHighest => orders.OrderByDescending(o => o.Total).ThenByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
        AdminOrderSort.TotalLowest => orders.OrderBy(o => o.Total).ThenBy(o => o.CreatedAt).ThenBy(o => o.Id),
        _ => orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
    };

    /// <summary>
    /// The orders after <paramref name="cursor"/> in the <paramref name="sort"/> order. The leading key is also bounded
    /// on its own (<c>&lt;=</c>), which is what lets either database start its index walk at the cursor instead of
    /// reading, and discarding, every row before it.
    /// </summary>
    public static IQueryable<Order> Following(this IQueryable<Order> orders, AdminOrderCursor cursor, AdminOrderSort sort)
    {
        var (total, at, id) = (cursor.Total, cursor.CreatedAt, cursor.Id);
        return sort switch
        {
            AdminOrderSort.Oldest => orders.Where(o => o.CreatedAt >= at && (o.CreatedAt > at || o.Id.CompareTo(id) > 0)),
            AdminOrderSort.TotalHighest => orders.Where(o => o.Total <= total
                && (o.Total < total || (o.CreatedAt <= at && (o.CreatedAt < at || o.Id.CompareTo(id) < 0)))),
            AdminOrderSort.TotalLowest => orders.Where(o => o.Total >= total
                && (o.Total > total || (o.CreatedAt >= at && (o.CreatedAt > at || o.Id.CompareTo(id) > 0)))),
            _ => orders.Where(o => o.CreatedAt <= at && (o.CreatedAt < at || o.Id.CompareTo(id) < 0)),
        };
    }

    /// <summary>The same order backwards, ties included: the last rows of one are the first of the other, reversed.</summary>
    public static AdminOrderSort Mirrored(AdminOrderSort sort) => sort switch
    {
        AdminOrderSort.Oldest => AdminOrderSort.Newest,
        AdminOrderSort.TotalHighest => AdminOrderSort.TotalLowest,
        AdminOrderSort.TotalLowest => AdminOrderSort.TotalHighest,
        _ => AdminOrderSort.Oldest,
    };

    public static IQueryable<AdminOrderRow> AsRows(this IQueryable<Order> orders) =>
        orders.Select(o => new AdminOrderRow(
            o.Id, o.Number, DateTime.SpecifyKind(o.CreatedAt, DateTimeKind.Utc), o.CustomerEmail, o.Status,
            o.Total, o.AmountRefunded, o.Currency, o.ReviewReason != null,
            o.ShippingRateName, o.ShippingAmount, o.TaxAmount, o.DiscountAmount, o.PromotionCode, o.ShippingAddress));

    public static DateTime StartOf(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    // An email prefix is matched as a range (prefix <= email < prefix with its last character bumped): exact in
    // code-point order, which both databases use for NormalizedEmail, and, unlike LIKE with a parameter, one walk of its index.
    private static Expression<Func<Order, bool>> Searching(string search)
    {
        var number = search.ToUpperInvariant();
        var prefix = search.ToLowerInvariant();
        var pastPrefix = prefix[..^1] + (char)(prefix[^1] + 1);
        return o => o.Number == number
            || (string.Compare(o.NormalizedEmail, prefix) >= 0 && string.Compare(o.NormalizedEmail, pastPrefix) < 0);
    }
}
