namespace Storefront.Core.Catalog;

/// <summary>What shoppers can browse at one moment: the categories in their order and every active product by name.</summary>
public sealed class CatalogContents(IReadOnlyList<Category> categories, IReadOnlyList<Product> products)
{
    private readonly Dictionary<string, Product> _bySlug = products.ToDictionary(p => p.Slug, StringComparer.Ordinal);

    public IReadOnlyList<Category> Categories { get; } = categories;

    public IReadOnlyList<Product> Products { get; } = products;

    public Product? ActiveProduct(string slug) => _bySlug.GetValueOrDefault(slug);
}
