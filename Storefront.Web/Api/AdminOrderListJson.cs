using Storefront.Core.Admin;

namespace Storefront.Web.Api;

/// <summary>
/// One page of the admin order list, as <c>GET /api/admin/orders</c> answers it. <see cref="Previous"/> and
/// <see cref="Next"/> go in <c>before</c> and <c>after</c> for the neighbouring pages; <see cref="CountIs"/> is
/// <c>Exact</c>, <c>About</c> or <c>MoreThan</c>.
/// </summary>
public sealed record AdminOrderListJson(
    int PageSize, long Count, string CountIs, string? Previous, string? Next, IReadOnlyList<AdminOrderRowJson> Orders)
{
    public static AdminOrderListJson From(AdminOrderPage page) => new(
        page.PageSize, page.Count.Orders, page.Count.Kind.ToString(), page.Previous?.ToString(), page.Next?.ToString(),
        page.Rows.Select(row => new AdminOrderRowJson(
            row.Number, row.CreatedAt, row.CustomerEmail, row.Status.ToString(), row.Total, row.AmountRefunded, row.Currency, row.NeedsReview)).ToList());
}
