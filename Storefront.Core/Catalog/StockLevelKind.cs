namespace Storefront.Core.Catalog;

public enum StockLevelKind
{
    InStock,
    Low,
    SoldOut,
}
