using System.Net;
using SixLabors.ImageSharp;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog.Admin;

public sealed class ProductImageUploadTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_upload_is_stored_as_webp_widths_without_exif_served_immutable_and_shown_with_srcset(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);
        var mug = await admin.ProductAsync("enamel-mug");

        var uploaded = await admin.UploadAsync(mug.Id, TestImages.Jpeg(1000, 800), "mug.jpg", "A blue mug on a log");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var image = Assert.Single((await admin.ProductAsync("enamel-mug")).Images);
        Assert.Equal([320, 640, 1000], image.StoredWidths);
        Assert.Equal("A blue mug on a log", image.AltText);
        var files = Directory.GetFiles(Path.Combine(admin.App.MediaPath, "products")).Select(f => Path.GetFileName(f)!).Order().ToArray();
        Assert.Equal([image.FileName(1000), image.FileName(320), image.FileName(640)], files);
        var served = await admin.Client.GetAsync("/" + image.RelativePath(640));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl!.ToString());
        using var webp = Image.Load(await served.Content.ReadAsByteArrayAsync(), out var format);
        Assert.Equal(("Webp", 640, 512), (format.Name, webp.Width, webp.Height));
        Assert.Null(webp.Metadata.ExifProfile);
        var page = await admin.GetHtmlAsync("/products/enamel-mug");
        Assert.Contains($"srcset=\"/{image.RelativePath(320)} 320w, /{image.RelativePath(640)} 640w, /{image.RelativePath(1000)} 1000w\"", page);
        Assert.Contains("alt=\"A blue mug on a log\"", page);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_20_MB_image_a_text_file_named_jpg_and_a_20000_pixel_png_are_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var admin = await CatalogAdmin.StartAsync(provider);
        var mug = await admin.ProductAsync("enamel-mug");

        var large = await admin.UploadAsync(mug.Id, new byte[20 * 1024 * 1024], "big.jpg");
        var text = await admin.UploadAsync(mug.Id, "MZ this is not a picture"u8.ToArray(), "photo.jpg");
        var bomb = await admin.UploadAsync(mug.Id, TestImages.HugePng(20_000), "bomb.png");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [large.StatusCode, text.StatusCode, bomb.StatusCode]);
        Assert.Contains("The image is 20 MB; the largest allowed is 10 MB.", await CatalogAdmin.BodyAsync(large));
        Assert.Contains("That file is not a JPEG, PNG or WebP image.", await CatalogAdmin.BodyAsync(text));
        Assert.Contains("The image is 20000 × 20000 pixels; at most 10000 pixels a side and 40 megapixels are accepted.", await CatalogAdmin.BodyAsync(bomb));
        Assert.Empty((await admin.ProductAsync("enamel-mug")).Images);
        var folder = Path.Combine(admin.App.MediaPath, "products");
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0);
    }
}
