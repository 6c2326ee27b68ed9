using Storefront.Core.Admin;
using Storefront.Core.Orders;

namespace Storefront.Web.Admin.Orders;

/// <summary>
/// The order list's URL query exactly as it arrived, so the filter form can show what was typed even when it is
/// wrong. <see cref="Parse"/> turns it into a filter, or into messages that say what to fix.
/// </summary>
public sealed record OrderListQuery(string? Search, string? Status, string? From, string? To, string? Sort, string? After, string? Before)
{
    public const string SearchKey = "search";
    public const string StatusKey = "status";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string SortKey = "sort";
    public const string AfterKey = "after";
    public const string BeforeKey = "before";

    /// <summary>An email address is at most 254 characters; anything longer cannot match.</summary>
    public const int MaxSearchLength = 254;

    public static OrderListQuery FromQuery(IQueryCollection query) => new(
        query[SearchKey], query[StatusKey], query[FromKey], query[ToKey], query[SortKey], query[AfterKey], query[BeforeKey]);

    public OrderListParse Parse()
    {
        var problems = new List<string>();
        var status = QueryFields.Word<OrderStatus>(Status, "an order status", problems);
        var from = QueryFields.Date(From, "From", problems);
        var to = QueryFields.Date(To, "To", problems);
        if (from > to)
        {
            problems.Add($"“From” ({From}) is after “To” ({To}).");
        }

        var sort = QueryFields.Word<AdminOrderSort>(Sort, "a way to sort orders", problems) ?? AdminOrderSort.Newest;
        var after = Cursor(After, AfterKey, problems);
        var before = Cursor(Before, BeforeKey, problems);
        if (after is not null && before is not null)
        {
            problems.Add($"A page link has “{AfterKey}” or “{BeforeKey}”, not both.");
        }

        var search = Search?.Trim();
        if (search?.Length > MaxSearchLength)
        {
            problems.Add($"The search is longer than {MaxSearchLength} characters.");
        }

        var filter = new AdminOrderFilter
        {
            Search = string.IsNullOrEmpty(search) ? null : search,
            Status = status,
            From = from,
            To = to,
            Sort = sort,
            After = after,
            Before = before,
        };
        return new OrderListParse(filter, problems);
    }

    private static AdminOrderCursor? Cursor(string? text, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (AdminOrderCursor.TryParse(text, out var cursor))
        {
            return cursor;
        }

        problems.Add($"“{key}” is not a place in this list (it is “{text}”); start again from the first page.");
        return null;
    }
}
