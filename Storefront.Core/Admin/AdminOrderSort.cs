namespace Storefront.Core.Admin;

public enum AdminOrderSort
{
    Newest,
    Oldest,
    TotalHighest,
    TotalLowest,
}
