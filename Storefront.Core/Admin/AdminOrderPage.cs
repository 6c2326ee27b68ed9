namespace Storefront.Core.Admin;

/// <summary>
/// One page of the admin order list. <see cref="Previous"/> and <see cref="Next"/> are where the neighbouring pages
/// continue from (as <see cref="AdminOrderFilter.Before"/> and <see cref="AdminOrderFilter.After"/>), null at either end.
/// </summary>
public sealed record AdminOrderPage(
    IReadOnlyList<AdminOrderRow> Rows, int PageSize, AdminOrderCount Count, AdminOrderCursor? Previous, AdminOrderCursor? Next);
