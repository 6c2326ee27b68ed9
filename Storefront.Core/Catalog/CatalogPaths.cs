namespace Storefront.Core.Catalog;

/// <summary>Where the shop's catalog pages live, so links, canonical URLs and the sitemap agree.</summary>
public static class CatalogPaths
{
    public const string Home = "/";

    public static string Category(string slug) => $"/?category={Uri.EscapeDataString(slug)}";

    public static string Product(string slug) => $"/products/{Uri.EscapeDataString(slug)}";
}
