using System.Globalization;
using Storefront.Core.Catalog.Admin;

namespace Storefront.Web.Admin.Products;

/// <summary>The product list's URL query as it arrived; <see cref="Parse"/> turns it into a filter or into what to fix.</summary>
public sealed record ProductListQuery(string? Search, string? Category, string? Status, string? Stock, string? Sort, string? Page)
{
    public const string SearchKey = "search";
    public const string CategoryKey = "category";
    public const string StatusKey = "status";
    public const string StockKey = "stock";
    public const string SortKey = "sort";
    public const string PageKey = "page";
    public const int MaxSearchLength = 200;

    public (AdminProductFilter Filter, IReadOnlyList<string> Problems) Parse()
    {
        var problems = new List<string>();
        var search = Search?.Trim();
        if (search?.Length > MaxSearchLength)
        {
            problems.Add($"The search is longer than {MaxSearchLength} characters.");
        }

        var filter = new AdminProductFilter
        {
            Search = string.IsNullOrEmpty(search) ? null : search,
            CategorySlug = string.IsNullOrWhiteSpace(Category) ? null : Category.Trim(),
            Status = QueryFields.Word<ProductStatusFilter>(Status, "a status", problems),
            Stock = QueryFields.Word<StockFilter>(Stock, "a stock level", problems),
            Sort = QueryFields.Word<AdminProductSort>(Sort, "a way to sort products", problems) ?? AdminProductSort.Name,
            Page = QueryFields.Page(Page, problems),
        };
        return (filter, problems);
    }

    public string Href(int page) => AdminProductLinks.List + Query(page);

    /// <summary>The export of every product the filters match; the page does not apply.</summary>
    public string CsvHref() => AdminProductLinks.Csv + Query(page: null);

    private string Query(int? page)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add(SearchKey, Search);
        Add(CategoryKey, Category);
        Add(StatusKey, Status);
        Add(StockKey, Stock);
        Add(SortKey, Sort);
        Add(PageKey, page?.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
