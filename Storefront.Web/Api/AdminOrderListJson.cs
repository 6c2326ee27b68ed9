using Storefront.Core.Admin;

namespace Storefront.Web.Api;

/// <summary>One page of the admin order list, as <c>GET /api/admin/orders</c> answers it.</summary>
public sealed record AdminOrderListJson(int Page, int PageSize, int TotalCount, int PageCount, IReadOnlyList<AdminOrderRowJson> Orders)
{
    public static AdminOrderListJson From(AdminOrderPage page) => new(
        page.Page, page.PageSize, page.TotalCount, page.PageCount,
        page.Rows.Select(row => new AdminOrderRowJson(
            row.Number, row.CreatedAt, row.CustomerEmail, row.Status.ToString(), row.Total, row.AmountRefunded, row.Currency, row.NeedsReview)).ToList());
}
