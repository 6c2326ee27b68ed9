using Storefront.Web.Admin.Orders;
using Storefront.Web.Admin.Products;

namespace Storefront.Web.Admin;

/// <summary>The admin's endpoints beside its pages; the pages themselves are routed with the other components.</summary>
public static class AdminHostingExtensions
{
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapOrdersCsv();
        app.MapProductsCsv();
        return app;
    }
}
