using System.Net;
using System.Text.RegularExpressions;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog;

public sealed partial class CatalogPageTests(StorefrontApps apps) : IClassFixture<StorefrontApps>
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_home_page_lists_every_seeded_product_with_its_price(DatabaseProvider provider)
    {
        var html = await GetOkAsync(provider, "/");

        Assert.Equal(15, ProductCards().Count(html));
        Assert.Contains("Walnut Cutting Board", html);
        Assert.Contains("$64.00", html);
        Assert.Contains("Only 3 left", html);
        Assert.Contains("Out of stock", html);
        Assert.Contains("alt=\"Copper Gooseneck Kettle\"", html);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_category_in_the_query_shows_only_that_category(DatabaseProvider provider)
    {
        var html = await GetOkAsync(provider, "/?category=desk");

        Assert.Equal(4, ProductCards().Count(html));
        Assert.Contains("<h1>Desk</h1>", html);
        Assert.Contains("Oak Desk Lamp", html);
        Assert.DoesNotContain("Enamel Camp Mug", html);
        Assert.Contains("<a href=\"/?category=kitchen\">Kitchen</a>", html);
        Assert.Contains("<a href=\"/?category=desk\" aria-current=\"page\">Desk</a>", html);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_search_matches_names_whatever_the_case(DatabaseProvider provider)
    {
        var html = await GetOkAsync(provider, "/?q=MUG");

        Assert.Equal(1, ProductCards().Count(html));
        Assert.Contains("Enamel Camp Mug", html);
        Assert.Contains("1 product matches “MUG”", html);
        Assert.Contains("<a href=\"/?category=apparel&q=MUG\">Apparel</a>", html);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_search_that_matches_nothing_says_so(DatabaseProvider provider)
    {
        var html = await GetOkAsync(provider, "/?q=%25_submarine");

        Assert.Equal(0, ProductCards().Count(html));
        Assert.Contains("No products match.", html);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_product_page_shows_the_product(DatabaseProvider provider)
    {
        var html = await GetOkAsync(provider, "/products/walnut-cutting-board");

        Assert.Contains("<h1>Walnut Cutting Board</h1>", html);
        Assert.Contains("$64.00", html);
        Assert.Contains("Only 3 left", html);
        Assert.Contains("End-grain black walnut", html);
        Assert.Contains("<title>Walnut Cutting Board · Storefront</title>", html);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_unknown_product_is_a_friendly_404(DatabaseProvider provider)
    {
        await AssertFriendlyNotFoundAsync(provider, "/products/unknown");
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_unknown_route_is_a_friendly_404(DatabaseProvider provider)
    {
        await AssertFriendlyNotFoundAsync(provider, "/no/such/page");
    }

    private async Task AssertFriendlyNotFoundAsync(DatabaseProvider provider, string path)
    {
        var client = (await apps.ForAsync(provider)).CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("We couldn't find that page", WebUtility.HtmlDecode(html));
        Assert.Contains("Back to the shop", html);
    }

    private async Task<string> GetOkAsync(DatabaseProvider provider, string path)
    {
        var client = (await apps.ForAsync(provider)).CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<article class=\"product-card")]
    private static partial Regex ProductCards();
}
