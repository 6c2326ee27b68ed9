namespace Storefront.Core.Catalog;

/// <summary>Which product or category a catalog notice is about.</summary>
public readonly record struct CatalogItem(CatalogItemKind Kind, int Id);
