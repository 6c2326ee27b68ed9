using System.Globalization;

namespace Storefront.Core.Catalog;

/// <summary>
/// One uploaded picture of a product, stored as WebP files in a few widths. The file names carry a hash of the
/// upload, so a file's content never changes under its name and browsers may cache it for good.
/// </summary>
public sealed class ProductImage
{
    /// <summary>The folder below the web root that the stored files are served from.</summary>
    public const string MediaFolder = "media";

    private ProductImage()
    {
    }

    internal ProductImage(ProcessedImageInfo image, string altText, int position)
    {
        FileStem = image.FileStem;
        Widths = string.Join(',', image.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture)));
        Width = image.Width;
        Height = image.Height;
        AltText = altText;
        Position = position;
    }

    public int Id { get; private set; }

    public int ProductId { get; private set; }

    /// <summary>0 for the main picture, then 1, 2, … with no gaps.</summary>
    public int Position { get; private set; }

    /// <summary>What the picture shows, for people who cannot see it; empty marks it as decorative.</summary>
    public string AltText { get; private set; } = "";

    /// <summary>The hash of the uploaded file that every stored width's file name starts with.</summary>
    public string FileStem { get; private set; } = "";

    /// <summary>The stored widths in pixels, smallest first, comma-separated (<c>320,640,1280</c>).</summary>
    public string Widths { get; private set; } = "";

    /// <summary>Pixel size of the largest stored file, so pages can reserve the space before it loads.</summary>
    public int Width { get; private set; }

    public int Height { get; private set; }

    public IReadOnlyList<int> StoredWidths =>
        [.. Widths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(w => int.Parse(w, CultureInfo.InvariantCulture))];

    public string FileName(int width) => FileNameFor(FileStem, width);

    /// <summary>The file's path below the web root, like a demo product's <c>images/products/…svg</c>.</summary>
    public string RelativePath(int width) => $"{MediaFolder}/products/{FileName(width)}";

    internal static string FileNameFor(string stem, int width) => $"{stem}-{width.ToString(CultureInfo.InvariantCulture)}.webp";

    internal void Describe(string altText) => AltText = altText;

    internal void MoveTo(int position) => Position = position;
}
