namespace Storefront.Core.Catalog;

/// <summary>Which product or category a catalog notice is about.</summary>
public readonly record struct CatalogItem(CatalogItemKind Kind, int Id)
{
    public static CatalogItem ForProduct(int id) => new(CatalogItemKind.Product, id);

    public static CatalogItem ForCategory(int id) => new(CatalogItemKind.Category, id);
}
