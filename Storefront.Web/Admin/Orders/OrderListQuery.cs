using System.Globalization;
using Storefront.Core.Admin;
using Storefront.Core.Orders;

namespace Storefront.Web.Admin.Orders;

/// <summary>
/// The order list's URL query exactly as it arrived, so the filter form can show what was typed even when it is
/// wrong. <see cref="Parse"/> turns it into a filter, or into messages that say what to fix.
/// </summary>
public sealed record OrderListQuery(string? Search, string? Status, string? From, string? To, string? Sort, string? Page)
{
    public const string SearchKey = "search";
    public const string StatusKey = "status";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string SortKey = "sort";
    public const string PageKey = "page";
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>An email address is at most 254 characters; anything longer cannot match.</summary>
    public const int MaxSearchLength = 254;

    public static OrderListQuery FromQuery(IQueryCollection query) => new(
        query[SearchKey], query[StatusKey], query[FromKey], query[ToKey], query[SortKey], query[PageKey]);

    public OrderListParse Parse()
    {
        var problems = new List<string>();
        var status = ParseStatus(problems);
        var from = ParseDate(From, "From", problems);
        var to = ParseDate(To, "To", problems);
        if (from > to)
        {
            problems.Add($"“From” ({From}) is after “To” ({To}).");
        }

        var sort = ParseSort(problems);
        var page = ParsePage(problems);
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
            Page = page,
        };
        return new OrderListParse(filter, problems);
    }

    private OrderStatus? ParseStatus(List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(Status))
        {
            return null;
        }

        if (QueryValue.TryParse<OrderStatus>(Status, out var status))
        {
            return status;
        }

        problems.Add($"“{Status}” is not an order status.");
        return null;
    }

    private static DateOnly? ParseDate(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"“{name}” must be a date such as 2026-01-31 (it is “{text}”).");
        return null;
    }

    private AdminOrderSort ParseSort(List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(Sort))
        {
            return AdminOrderSort.Newest;
        }

        if (QueryValue.TryParse<AdminOrderSort>(Sort, out var sort))
        {
            return sort;
        }

        problems.Add($"“{Sort}” is not a way to sort orders.");
        return AdminOrderSort.Newest;
    }

    private int ParsePage(List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(Page))
        {
            return 1;
        }

        if (int.TryParse(Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            return page;
        }

        problems.Add($"The page must be a whole number from 1 (it is “{Page}”).");
        return 1;
    }
}
