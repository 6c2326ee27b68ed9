using Storefront.Web.Admin.Orders;

namespace Storefront.Web.Admin;

/// <summary>The admin's endpoints beside its pages; the pages themselves are routed with the other components.</summary>
public static class AdminHostingExtensions
{
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapOrdersCsv();
        return app;
    }
}
