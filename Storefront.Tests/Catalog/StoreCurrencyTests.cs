using System.Net;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog;

public sealed class StoreCurrencyTests
{
    [Fact]
    public async Task Prices_follow_the_configured_store_currency_including_zero_decimal_ones()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database, new Dictionary<string, string?> { ["Store:Currency"] = "jpy" });

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/products/enamel-mug"));

        Assert.Contains("¥1,600", html);
        Assert.DoesNotContain("$", html.Split("<main")[1]);
    }
}
