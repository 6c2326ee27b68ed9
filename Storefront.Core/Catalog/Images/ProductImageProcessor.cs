using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Storefront.Core.Catalog.Images;

/// <summary>
/// Turns an upload into stored WebP files in a few widths, without its EXIF and other metadata. The file is
/// decoded, so a renamed executable is refused; its size is read from the header before any pixel is decoded,
/// so a small file that would unpack into gigabytes is refused too.
/// </summary>
public sealed class ProductImageProcessor(IOptions<CatalogOptions> options)
{
    public const int MaxSide = 10_000;
    public const long MaxPixels = 40_000_000;
    public static readonly IReadOnlyList<int> StandardWidths = [320, 640, 1280];

    /// <summary>Only the formats the shop accepts are registered, so anything else identifies as unknown.</summary>
    private static readonly Configuration Formats = new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule());

    private static readonly WebpEncoder Encoder = new() { Quality = 80 };

    public string ProductsFolder => Path.Combine(options.Value.MediaPath, "products");

    /// <summary>Checks and stores an upload of <paramref name="length"/> bytes; a refusal says why and stores nothing.</summary>
    public async Task<ProcessedImageInfo> StoreAsync(Stream upload, long length, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.MaxImageBytes;
        if (length > limit)
        {
            throw new CatalogEditException($"The image is {Megabytes(length)}; the largest allowed is {Megabytes(limit)}.");
        }

        var bytes = await ReadAtMostAsync(upload, limit, cancellationToken);
        var info = Image.Identify(Formats, bytes, out var format);
        if (info is null || format is null)
        {
            throw new CatalogEditException("That file is not a JPEG, PNG or WebP image.");
        }

        if (info.Width > MaxSide || info.Height > MaxSide || (long)info.Width * info.Height > MaxPixels)
        {
            throw new CatalogEditException(
                $"The image is {info.Width} × {info.Height} pixels; at most {MaxSide} pixels a side and {MaxPixels / 1_000_000} megapixels are accepted.");
        }

        using var image = Decode(bytes);
        image.Mutate(x => x.AutoOrient());
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;

        var stem = Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
        var widths = WidthsFor(image.Width);
        Directory.CreateDirectory(ProductsFolder);
        foreach (var width in widths)
        {
            await WriteAsync(image, width, ProductImage.FileNameFor(stem, width), cancellationToken);
        }

        var largest = widths[^1];
        return new ProcessedImageInfo(stem, widths, largest, (int)Math.Round((double)image.Height * largest / image.Width));
    }

    /// <summary>Deletes the files of an image no product uses any more.</summary>
    public void Delete(string stem, IEnumerable<int> widths)
    {
        foreach (var width in widths)
        {
            File.Delete(Path.Combine(ProductsFolder, ProductImage.FileNameFor(stem, width)));
        }
    }

    private static List<int> WidthsFor(int sourceWidth) =>
        [.. StandardWidths.Where(w => w < sourceWidth).Append(Math.Min(sourceWidth, StandardWidths[^1])).Distinct()];

    private static Image Decode(byte[] bytes)
    {
        try
        {
            return Image.Load(Formats, bytes);
        }
        catch (Exception error) when (error is ImageFormatException or UnknownImageFormatException or InvalidImageContentException)
        {
            throw new CatalogEditException("That image is damaged and cannot be read.");
        }
    }

    private async Task WriteAsync(Image image, int width, string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(ProductsFolder, fileName);
        if (File.Exists(path))
        {
            return;
        }

        using var resized = image.Clone(x => x.Resize(width, 0));
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await resized.SaveAsync(file, Encoder, cancellationToken);
        }

        // A name is only ever visible with its whole file behind it, so a browser never caches half an image for good.
        File.Move(temporary, path, overwrite: true);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream upload, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw new CatalogEditException($"The image is larger than {Megabytes(limit)}, the largest allowed.");
            }
        }

        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
