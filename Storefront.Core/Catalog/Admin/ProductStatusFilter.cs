namespace Storefront.Core.Catalog.Admin;

public enum ProductStatusFilter
{
    Active,
    Archived,
}
