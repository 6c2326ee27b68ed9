namespace Storefront.Core.Catalog;

public enum CatalogItemKind
{
    Product,
    Category,
}
