using System.Text.RegularExpressions;
using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>A status as staff read it in sentences: <c>PartiallyRefunded</c> is "Partially refunded".</summary>
internal static partial class OrderStatusWords
{
    public static string For(OrderStatus status) =>
        WordStart().Replace(status.ToString(), match => " " + match.Value.ToLowerInvariant());

    [GeneratedRegex("(?<!^)[A-Z]")]
    private static partial Regex WordStart();
}
