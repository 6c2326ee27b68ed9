using Microsoft.AspNetCore.OutputCaching;

namespace Storefront.Web.Catalog.PageCache;

/// <summary>The tags catalog pages are cached under, so a change evicts the pages that show it and no others.</summary>
public static class CatalogCacheTags
{
    /// <summary>Every catalog page: each one lists the categories (the navigation, a product's breadcrumb).</summary>
    public const string All = "catalog";

    /// <summary>The home, category and search pages: any product change may add it to a list, drop it or change its card.</summary>
    public const string Lists = "catalog-lists";

    public static string Product(int id) => $"product:{id}";

    /// <summary>Files the page being rendered under <paramref name="tag"/> too, when the output cache is keeping it.</summary>
    public static void Add(HttpContext context, string tag) => context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);
}
