using System.Text.Json;
using System.Text.Json.Nodes;
using Storefront.Core.Catalog;
using Storefront.Core.Pricing;
using Storefront.Core.Store;

namespace Storefront.Web.Seo;

/// <summary>
/// A product page's schema.org <c>Product</c> (with its <c>Offer</c>) and <c>BreadcrumbList</c>, as JSON-LD.
/// The serializer's default encoder writes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c> and so on,
/// so no product name or description can close the script element it is placed in.
/// </summary>
public static class ProductStructuredData
{
    private const string Schema = "https://schema.org";

    public static string For(Product product, StoreOptions store)
    {
        var url = store.AbsoluteUrl(CatalogPaths.Product(product.Slug));
        JsonNode[] graph =
        [
            new JsonObject
            {
                ["@context"] = Schema,
                ["@type"] = "Product",
                ["name"] = product.Name,
                ["description"] = product.Description,
                ["image"] = store.AbsoluteUrl("/" + product.ImagePath.TrimStart('/')),
                ["url"] = url,
                ["category"] = product.Category.Name,
                ["offers"] = new JsonObject
                {
                    ["@type"] = "Offer",
                    ["url"] = url,
                    // Major units, as schema.org and Stripe's dashboard read a price: 12.50 dollars, 1500 yen.
                    ["price"] = MajorUnits.Format(product.UnitPrice, store.Currency),
                    ["priceCurrency"] = store.Currency.ToUpperInvariant(),
                    ["availability"] = $"{Schema}/{Availability(product)}",
                },
            },
            new JsonObject
            {
                ["@context"] = Schema,
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = new JsonArray(
                    Crumb(1, "Shop", store.AbsoluteUrl(CatalogPaths.Home)),
                    Crumb(2, product.Category.Name, store.AbsoluteUrl(CatalogPaths.Category(product.Category.Slug))),
                    Crumb(3, product.Name, url)),
            },
        ];
        return new JsonArray(graph).ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static string Availability(Product product) =>
        !product.IsActive ? "Discontinued" : product.IsInStock ? "InStock" : "OutOfStock";

    private static JsonObject Crumb(int position, string name, string url) => new()
    {
        ["@type"] = "ListItem",
        ["position"] = position,
        ["name"] = name,
        ["item"] = url,
    };
}
