using System.Net;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Cart;

public sealed class CartEndpointTests
{
    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        var client = app.CreateClient();
        var mug = await ProductIdAsync(client, "enamel-mug");

        var response = await client.PostAsync("/cart/items", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ProductId"] = mug,
            ["Quantity"] = "1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(">0</span>", await client.GetStringAsync("/cart"));
    }

    private static async Task<string> ProductIdAsync(HttpClient client, string slug)
    {
        var html = await client.GetStringAsync($"/products/{slug}");
        var marker = "name=\"ProductId\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
