namespace Storefront.Core.Catalog.Admin;

public enum AdminProductSort
{
    Name,
    Newest,
    PriceLowest,
    PriceHighest,
    StockLowest,
}
