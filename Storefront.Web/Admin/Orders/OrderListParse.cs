using Storefront.Core.Admin;

namespace Storefront.Web.Admin.Orders;

/// <summary>What an order list query asks for; when <see cref="Problems"/> is not empty the query is refused.</summary>
public sealed record OrderListParse(AdminOrderFilter Filter, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
