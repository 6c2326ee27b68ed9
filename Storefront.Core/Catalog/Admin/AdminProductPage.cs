namespace Storefront.Core.Catalog.Admin;

/// <summary>One page of the admin product list; <see cref="Page"/> is the page shown after clamping.</summary>
public sealed record AdminProductPage(IReadOnlyList<AdminProductRow> Rows, int Page, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + AdminProductFilter.PageSize - 1) / AdminProductFilter.PageSize);
}
