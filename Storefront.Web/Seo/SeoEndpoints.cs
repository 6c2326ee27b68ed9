using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Storefront.Core.Catalog;
using Storefront.Core.Store;

namespace Storefront.Web.Seo;

/// <summary>
/// <c>/sitemap.xml</c> and <c>/robots.txt</c>. Every address in them is built from <c>Store:PublicUrl</c>, never
/// from the request's Host, so a forged Host header cannot put another site's links in them.
/// </summary>
public static class SeoEndpoints
{
    public const string SitemapPath = "/sitemap.xml";
    public const string RobotsPath = "/robots.txt";

    /// <summary>What search engines have no business crawling: staff pages and a shopper's own.</summary>
    public static IReadOnlyList<string> Disallowed { get; } = ["/admin", "/cart", "/checkout", "/account", "/orders"];

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder app)
    {
        app.MapGet(SitemapPath, SitemapAsync);
        app.MapGet(RobotsPath, Robots);
        return app;
    }

    private static async Task<IResult> SitemapAsync(CatalogSitemap sitemap, IOptions<StoreOptions> store, CancellationToken cancellationToken)
    {
        var entries = await sitemap.ReadAsync(cancellationToken);
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var entry in entries)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, store.Value.AbsoluteUrl(entry.Path));
                writer.WriteElementString("lastmod", SitemapNamespace, entry.LastModified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        // A StringBuilder's writer declares UTF-16; the bytes sent are UTF-8.
        return Results.Text(xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml", Encoding.UTF8);
    }

    private static IResult Robots(IOptions<StoreOptions> store)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        text.Append("Sitemap: ").Append(store.Value.AbsoluteUrl(SitemapPath)).Append('\n');
        return Results.Text(text.ToString(), "text/plain", Encoding.UTF8);
    }
}
