using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Seo;

/// <summary>What search engines and link previews read: titles, descriptions, canonical URLs, Open Graph, JSON-LD, the sitemap and robots.txt.</summary>
public sealed partial class SeoPageTests
{
    private const string PublicUrl = "https://shop.example";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_product_page_has_its_title_description_canonical_and_open_graph_from_the_public_url_whatever_the_host(DatabaseProvider provider)
    {
        await using var shop = await ShopAsync(provider);

        var html = await shop.GetAsync("/products/enamel-mug", host: "evil.example");

        Assert.Equal("Enamel Camp Mug · Storefront", Title(html));
        Assert.StartsWith("Steel mug with a chip-resistant enamel coat", Meta(html, "name", "description"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{PublicUrl}/products/enamel-mug\" />", html);
        Assert.Equal($"{PublicUrl}/products/enamel-mug", Meta(html, "property", "og:url"));
        Assert.Equal("Enamel Camp Mug", Meta(html, "property", "og:title"));
        Assert.Equal("product", Meta(html, "property", "og:type"));
        Assert.Equal($"{PublicUrl}/images/products/enamel-mug.svg", Meta(html, "property", "og:image"));
        Assert.DoesNotContain("evil.example", html);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_product_page_carries_product_json_ld_with_its_offer_and_breadcrumbs(DatabaseProvider provider)
    {
        await using var shop = await ShopAsync(provider);

        var (product, crumbs) = JsonLd(await shop.GetAsync("/products/enamel-mug"));
        var soldOut = JsonLd(await shop.GetAsync("/products/copper-kettle")).Product;

        Assert.Equal(("Product", "Enamel Camp Mug"), (product.GetProperty("@type").GetString(), product.GetProperty("name").GetString()));
        var offer = product.GetProperty("offers");
        Assert.Equal(("16.00", "USD", "https://schema.org/InStock"),
            (offer.GetProperty("price").GetString(), offer.GetProperty("priceCurrency").GetString(), offer.GetProperty("availability").GetString()));
        Assert.Equal("https://schema.org/OutOfStock", soldOut.GetProperty("offers").GetProperty("availability").GetString());
        Assert.Equal(
            [(1, "Shop", $"{PublicUrl}/"), (2, "Kitchen", $"{PublicUrl}/?category=kitchen"), (3, "Enamel Camp Mug", $"{PublicUrl}/products/enamel-mug")],
            crumbs.GetProperty("itemListElement").EnumerateArray()
                .Select(c => (c.GetProperty("position").GetInt32(), c.GetProperty("name").GetString(), c.GetProperty("item").GetString())));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_yen_price_has_no_decimals(DatabaseProvider provider)
    {
        await using var shop = await ShopAsync(provider, currency: "jpy");

        var offer = JsonLd(await shop.GetAsync("/products/enamel-mug")).Product.GetProperty("offers");

        Assert.Equal(("1600", "JPY"), (offer.GetProperty("price").GetString(), offer.GetProperty("priceCurrency").GetString()));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_product_name_with_a_script_tag_stays_inside_the_json_ld(DatabaseProvider provider)
    {
        const string Hostile = "Mug</script><script>alert('pwned')</script> & <!-- more";
        await using var shop = await ShopAsync(provider);
        await using (var db = shop.Database.NewContext())
        {
            await db.Products.Where(p => p.Slug == "enamel-mug")
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Name, Hostile).SetProperty(p => p.Description, "</SCRIPT>desc"));
        }

        var raw = await shop.GetAsync("/products/enamel-mug");

        Assert.DoesNotContain("<script>alert(", raw);
        var product = JsonLd(raw).Product;
        Assert.Equal(Hostile, product.GetProperty("name").GetString());
        Assert.Equal("</SCRIPT>desc", product.GetProperty("description").GetString());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Every_shop_page_has_a_title_and_a_description_and_private_ones_are_kept_out_of_search(DatabaseProvider provider)
    {
        await using var shop = await ShopAsync(provider);
        (string Path, string Title, bool Private)[] pages =
        [
            ("/", "All products · Storefront", false),
            ("/?category=desk", "Desk · Storefront", false),
            ("/products/brass-pen", "Brass Ballpoint Pen · Storefront", false),
            ("/cart", "Your cart · Storefront", true),
            ("/checkout/cancel", "Payment not completed · Storefront", true),
            ("/no-such-page", "Page not found · Storefront", true),
        ];

        foreach (var (path, title, isPrivate) in pages)
        {
            var html = await shop.GetAsync(path, expect: path == "/no-such-page" ? HttpStatusCode.NotFound : HttpStatusCode.OK);
            Assert.Equal(title, Title(html));
            Assert.False(string.IsNullOrWhiteSpace(Meta(html, "name", "description")), path);
            Assert.True(isPrivate == (Meta(html, "name", "robots") == "noindex"), $"{path}: noindex\n{Head(html)}");
            Assert.True(isPrivate != html.Contains("rel=\"canonical\"", StringComparison.Ordinal), $"{path}: canonical\n{Head(html)}");
        }

        Assert.Contains($"<link rel=\"canonical\" href=\"{PublicUrl}/?category=desk\" />", await shop.GetAsync("/?category=desk&q=pen"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{PublicUrl}/\" />", await shop.GetAsync("/?q=pen"));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_sitemap_lists_active_products_and_their_categories_with_lastmod_at_the_public_url(DatabaseProvider provider)
    {
        await using var shop = await ShopAsync(provider);
        var changed = new DateTime(2026, 10, 5, 14, 30, 0, DateTimeKind.Utc);
        await using (var db = shop.Database.NewContext())
        {
            await db.Products.Where(p => p.Slug == "brass-pen").ExecuteUpdateAsync(set => set.SetProperty(p => p.UpdatedAt, changed));
            // The apparel category then has no active product and no page worth listing.
            await db.Products.Where(p => p.Slug == "enamel-mug" || p.Category.Slug == "apparel").ExecuteUpdateAsync(set => set.SetProperty(p => p.IsActive, false));
        }

        var response = await shop.Client.GetAsync("/sitemap.xml");
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(ns + "url")
            .ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")!.Value);

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"{PublicUrl}/", urls.Keys);
        Assert.Contains($"{PublicUrl}/?category=desk", urls.Keys);
        Assert.Contains($"{PublicUrl}/products/walnut-cutting-board", urls.Keys);
        Assert.Equal("2026-10-05T14:30:00Z", urls[$"{PublicUrl}/products/brass-pen"]);
        Assert.DoesNotContain($"{PublicUrl}/products/enamel-mug", urls.Keys);
        Assert.DoesNotContain($"{PublicUrl}/?category=apparel", urls.Keys);
        await using var check = shop.Database.NewContext();
        Assert.Equal(1 + 3 + await check.Products.CountAsync(p => p.IsActive), urls.Count);
        Assert.All(urls.Values, lastmod => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", lastmod));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Robots_txt_keeps_crawlers_out_of_admin_cart_checkout_and_account_and_names_the_sitemap(DatabaseProvider provider)
    {
        await using var shop = await ShopAsync(provider);

        var robots = (await shop.Client.GetStringAsync("/robots.txt")).Split('\n');

        Assert.Equal("User-agent: *", robots[0]);
        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Disallow: /cart", robots);
        Assert.Contains("Disallow: /checkout", robots);
        Assert.Contains("Disallow: /account", robots);
        Assert.Contains($"Sitemap: {PublicUrl}/sitemap.xml", robots);
        Assert.DoesNotContain("Disallow: /", robots);
    }

    private static async Task<Shop> ShopAsync(DatabaseProvider provider, string currency = "usd")
    {
        var database = await SeededDatabase.CreateAsync(provider);
        var app = new StorefrontFactory(database, new Dictionary<string, string?> { ["Store:PublicUrl"] = PublicUrl, ["Store:Currency"] = currency });
        return new Shop(database, app, app.CreateClient());
    }

    private static string Head(string html) => html[..Math.Max(0, html.IndexOf("</head>", StringComparison.Ordinal))];

    private static string Title(string html) => WebUtility.HtmlDecode(TitleTag().Match(html).Groups[1].Value);

    private static string? Meta(string html, string attribute, string name)
    {
        var match = Regex.Match(html, $"<meta {attribute}=\"{Regex.Escape(name)}\" content=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static (JsonElement Product, JsonElement Breadcrumbs) JsonLd(string html)
    {
        var json = JsonLdScript().Match(html);
        Assert.True(json.Success, "The page has no JSON-LD.");
        var graph = JsonDocument.Parse(json.Groups[1].Value).RootElement;
        return (graph.EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "Product"),
            graph.EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "BreadcrumbList"));
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleTag();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
