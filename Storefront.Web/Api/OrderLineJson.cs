namespace Storefront.Web.Api;

public sealed record OrderLineJson(string Product, long UnitPrice, int Quantity);
