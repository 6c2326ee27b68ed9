using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Core.Catalog;
using Storefront.Core.Store;
using Storefront.Web.Catalog;

namespace Storefront.Tests.Catalog;

public sealed class ProductCardTests : BunitContext
{
    private static readonly Category Kitchen = new("kitchen", "Kitchen");

    public ProductCardTests() =>
        Services.AddSingleton(Options.Create(new StoreOptions { Currency = "usd" }));

    [Fact]
    public void Shows_the_name_category_price_and_image_and_links_to_the_product()
    {
        var card = Render<ProductCard>(p => p.Add(c => c.Product, Product("enamel-mug", "Enamel Camp Mug", 1600, 120)));

        Assert.Equal("Enamel Camp Mug", card.Find("h2").TextContent);
        Assert.Equal("Kitchen", card.Find(".product-card-category").TextContent);
        Assert.Equal("$16.00", card.Find(".price").TextContent);
        Assert.Equal("/products/enamel-mug", card.Find("a").GetAttribute("href"));
        var image = card.Find("img");
        Assert.Equal("Enamel Camp Mug", image.GetAttribute("alt"));
        Assert.Equal("images/products/enamel-mug.svg", image.GetAttribute("src"));
        Assert.Equal("In stock", card.Find(".stock").TextContent);
    }

    [Theory]
    [InlineData(3, "Only 3 left", "stock-low")]
    [InlineData(0, "Out of stock", "stock-out")]
    public void Warns_when_stock_is_low_or_gone(int stock, string label, string cssClass)
    {
        var card = Render<ProductCard>(p => p.Add(c => c.Product, Product("walnut-cutting-board", "Walnut Cutting Board", 6400, stock)));

        var badge = card.Find(".stock");
        Assert.Equal(label, badge.TextContent);
        Assert.Contains(cssClass, badge.ClassList);
        Assert.Equal(stock == 0, card.Find("article").ClassList.Contains("is-sold-out"));
    }

    [Fact]
    public void Formats_the_price_in_a_zero_decimal_store_currency()
    {
        Services.AddSingleton(Options.Create(new StoreOptions { Currency = "jpy" }));

        var card = Render<ProductCard>(p => p.Add(c => c.Product, Product("enamel-mug", "Enamel Camp Mug", 1600, 120)));

        Assert.Equal("¥1,600", card.Find(".price").TextContent);
    }

    private static Product Product(string slug, string name, long price, int stock) =>
        new(slug, name, "A description.", $"images/products/{slug}.svg", Kitchen, price, stock);
}
