using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Images;

namespace Storefront.Web.Catalog;

public static class CatalogMediaExtensions
{
    /// <summary>
    /// Serves the uploaded product images from <c>Catalog:MediaPath</c> at <c>/media</c>. Their names carry a hash of
    /// their content, so a name never points at other bytes and browsers may keep them for a year without asking.
    /// </summary>
    public static WebApplication UseCatalogMedia(this WebApplication app)
    {
        var folder = app.Services.GetRequiredService<IOptions<CatalogOptions>>().Value.MediaPath;
        Directory.CreateDirectory(folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/" + ProductImage.MediaFolder,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
        return app;
    }
}
