namespace Storefront.Core.Catalog;

/// <summary>A slug a product used to have; its old address answers 301 to the product's current one.</summary>
public sealed class ProductSlugRedirect
{
    private ProductSlugRedirect()
    {
    }

    internal ProductSlugRedirect(string slug, int productId)
    {
        Slug = slug;
        ProductId = productId;
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public int ProductId { get; private set; }
}
