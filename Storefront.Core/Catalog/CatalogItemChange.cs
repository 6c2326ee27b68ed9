namespace Storefront.Core.Catalog;

/// <summary>What happened to a catalog item: anything shown of it may differ, or it is gone.</summary>
public enum CatalogItemChange
{
    Changed,
    Deleted,
}
