using System.Globalization;

namespace Storefront.Web.Admin;

/// <summary>
/// Reads the fields the admin lists share (dates, page numbers, enum words) from a query as typed. A field that is
/// wrong adds a message saying what to type instead and reads as "not given", so the list can refuse the query.
/// </summary>
public static class QueryFields
{
    public const string DateFormat = "yyyy-MM-dd";

    public static DateOnly? Date(string? text, string name, List<string> problems)
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

    public static int Page(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            return page;
        }

        problems.Add($"The page must be a whole number from 1 (it is “{text}”).");
        return 1;
    }

    /// <param name="what">What the field names, after "is not": "an order status", "a way to sort orders".</param>
    public static TEnum? Word<TEnum>(string? text, string what, List<string> problems)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (QueryValue.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        problems.Add($"“{text}” is not {what}.");
        return null;
    }
}
