using System.Globalization;
using Storefront.Core.Admin;

namespace Storefront.Web.Admin.Orders;

/// <summary>Addresses of the admin order pages; the list's filters go in the query so links and reloads keep them.</summary>
public static class AdminOrderLinks
{
    public const string List = "/admin/orders";
    public const string Csv = "/admin/orders.csv";

    /// <summary>The list with the filter's cursor, if any: the page the filter asks for.</summary>
    public static string ListFor(AdminOrderFilter filter) => List + Query(filter);

    /// <summary>The export of every order the filter matches; the cursor does not apply.</summary>
    public static string CsvFor(AdminOrderFilter filter) => Csv + Query(filter with { After = null, Before = null });

    public static string Detail(string number) => $"{List}/{Uri.EscapeDataString(number)}";

    public static string PackingSlip(string number) => $"{Detail(number)}/packing-slip";

    private static string Query(AdminOrderFilter filter)
    {
        var pairs = new List<(string Key, string? Value)>
        {
            (OrderListQuery.SearchKey, filter.Search),
            (OrderListQuery.StatusKey, filter.Status is { } status ? QueryValue.Of(status) : null),
            (OrderListQuery.FromKey, filter.From?.ToString(QueryFields.DateFormat, CultureInfo.InvariantCulture)),
            (OrderListQuery.ToKey, filter.To?.ToString(QueryFields.DateFormat, CultureInfo.InvariantCulture)),
            (OrderListQuery.SortKey, filter.Sort == AdminOrderSort.Newest ? null : QueryValue.Of(filter.Sort)),
            (OrderListQuery.AfterKey, filter.After?.ToString()),
            (OrderListQuery.BeforeKey, filter.Before?.ToString()),
        };
        var parts = pairs
            .Where(pair => !string.IsNullOrEmpty(pair.Value))
            .Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value!)}")
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
