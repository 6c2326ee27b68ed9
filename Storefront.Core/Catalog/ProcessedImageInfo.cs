namespace Storefront.Core.Catalog;

/// <summary>What the image processor stored for one upload: the shared file stem, the widths written and the largest size.</summary>
public sealed record ProcessedImageInfo(string FileStem, IReadOnlyList<int> Widths, int Width, int Height);
