namespace Storefront.Web.Admin.Products;

public static class AdminProductLinks
{
    public const string List = "/admin/products";
    public const string New = "/admin/products/new";
    public const string Csv = "/admin/products.csv";
    public const string Import = "/admin/products/import";

    public static string Edit(int productId) => $"/admin/products/{productId}";
}
