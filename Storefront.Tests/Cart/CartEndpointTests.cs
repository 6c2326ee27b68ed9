using System.Net;
using System.Net.Http.Json;
using Storefront.Core.Data;
using Storefront.Core.Store;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Shopping;

namespace Storefront.Tests.Cart;

/// <summary>
/// Adding to the cart is posted from cached pages, without an antiforgery token: the post must say it comes from the
/// store's own pages (<c>Sec-Fetch-Site</c>, else <c>Origin</c> or <c>Referer</c> against <c>Store:PublicUrl</c>).
/// </summary>
public sealed class CartEndpointTests
{
    private const string PublicOrigin = StoreOptions.DevelopmentPublicUrl;

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_cross_site_post_is_refused_with_a_reason_and_the_cart_is_unchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        var client = app.CreateClient();
        var mug = await ProductIdAsync(client, "enamel-mug");

        var crossSite = await PostAddAsync(client, mug, ("Sec-Fetch-Site", "cross-site"));
        var sameSite = await PostAddAsync(client, mug, ("Sec-Fetch-Site", "same-site"));
        var foreignOrigin = await PostAddAsync(client, mug, ("Origin", "https://evil.example"));
        var nullOrigin = await PostAddAsync(client, mug, ("Origin", "null"));
        var foreignReferer = await PostAddAsync(client, mug, ("Referer", "https://evil.example/products/enamel-mug"));
        var silent = await PostAddAsync(client, mug);

        foreach (var refused in new[] { crossSite, sameSite, foreignOrigin, nullOrigin, foreignReferer, silent })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Cross-site request refused.", await refused.Content.ReadAsStringAsync());
        }

        Assert.Contains("Sec-Fetch-Site: cross-site", await crossSite.Content.ReadAsStringAsync());
        Assert.Contains("Origin: https://evil.example", await foreignOrigin.Content.ReadAsStringAsync());
        Assert.Equal(0, (await VisitorAsync(client)).CartCount);
    }

    [Fact]
    public async Task The_request_s_own_host_does_not_count_only_the_configured_public_address()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var client = app.CreateClient();
        var mug = await ProductIdAsync(client, "enamel-mug");

        var hostsOwn = await PostAddAsync(client, mug, ("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority)));

        Assert.NotEqual(PublicOrigin, client.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Forbidden, hostsOwn.StatusCode);
        Assert.Equal(0, (await VisitorAsync(client)).CartCount);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_post_from_the_store_s_own_pages_adds_however_the_browser_says_so(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var mug = await ProductIdAsync(client, "enamel-mug");

        var fetched = await PostAddAsync(client, mug, ("Sec-Fetch-Site", "same-origin"));
        var typed = await PostAddAsync(client, mug, ("Sec-Fetch-Site", "none"));
        var origin = await PostAddAsync(client, mug, ("Origin", PublicOrigin));
        var referer = await PostAddAsync(client, mug, ("Referer", PublicOrigin + "/products/enamel-mug"));

        Assert.All([fetched, typed, origin, referer], added => Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode));
        Assert.Equal("/cart", origin.Headers.Location?.ToString());
        Assert.Equal(4, (await VisitorAsync(client)).CartCount);
    }

    [Fact]
    public async Task A_post_by_script_gets_the_message_and_the_new_count_instead_of_a_redirect()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var board = await ProductIdAsync(client, "walnut-cutting-board");

        var added = await PostAddAsync(client, board, quantity: "2", json: true, ("Sec-Fetch-Site", "same-origin"));
        var refused = await PostAddAsync(client, board, quantity: "2", json: true, ("Sec-Fetch-Site", "same-origin"));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("""{"message":"Added. 2 in your cart.","cartCount":2}""", await added.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("""{"message":"Only 3 left in stock.","cartCount":null}""", await refused.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostAddAsync(HttpClient client, string productId, params (string Name, string Value)[] headers) =>
        PostAddAsync(client, productId, "1", json: false, headers);

    private static async Task<HttpResponseMessage> PostAddAsync(
        HttpClient client, string productId, string quantity, bool json, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cart/items")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ProductId"] = productId, ["Quantity"] = quantity }),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (json)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        return await client.SendAsync(request);
    }

    private static async Task<VisitorState> VisitorAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<VisitorState>("/me"))!;

    private static async Task<string> ProductIdAsync(HttpClient client, string slug)
    {
        var html = await client.GetStringAsync($"/products/{slug}");
        var marker = "name=\"ProductId\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
