using System.Globalization;

namespace Storefront.Core.Admin;

/// <summary>How many orders a filter matches, as far as it was worth counting.</summary>
public sealed record AdminOrderCount(long Orders, AdminOrderCountKind Kind)
{
    public override string ToString()
    {
        var orders = Orders == 1 ? "1 order" : string.Create(CultureInfo.InvariantCulture, $"{Orders:N0} orders");
        return Kind switch
        {
            AdminOrderCountKind.About => "about " + orders,
            AdminOrderCountKind.MoreThan => "more than " + orders,
            _ => orders,
        };
    }
}
