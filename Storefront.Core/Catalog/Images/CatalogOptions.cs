namespace Storefront.Core.Catalog.Images;

/// <summary>The <c>Catalog</c> section: where uploaded product images live and how large an upload (image or CSV) may be.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";
    public const long DefaultMaxImageBytes = 10 * 1024 * 1024;
    public const long DefaultMaxImportBytes = 5 * 1024 * 1024;

    /// <summary>Kestrel refuses request bodies past about 28 MB, so a larger limit could never be reached.</summary>
    public const long LargestMaxImageBytes = 25 * 1024 * 1024;

    /// <summary>The folder of the stored image files; relative paths are below the app's content root.</summary>
    public string MediaPath { get; set; } = Path.Combine("App_Data", "media");

    public long MaxImageBytes { get; set; } = DefaultMaxImageBytes;

    /// <summary>The largest product CSV an import reads.</summary>
    public long MaxImportBytes { get; set; } = DefaultMaxImportBytes;
}
