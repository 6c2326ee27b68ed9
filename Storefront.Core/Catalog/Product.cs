namespace Storefront.Core.Catalog;

/// <summary>Something the shop sells. Prices are in the store currency's minor units.</summary>
public sealed class Product
{
    public const int DefaultLowStockThreshold = 5;

    private readonly List<ProductImage> _images = [];

    private Product()
    {
    }

    public Product(string slug, string name, string description, string imagePath, Category category, long unitPrice, int stock, bool requiresShipping = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitPrice);
        ArgumentOutOfRangeException.ThrowIfNegative(stock);
        Slug = slug;
        Name = name;
        Description = description;
        ImagePath = imagePath;
        Category = category;
        UnitPrice = unitPrice;
        Stock = stock;
        IsActive = true;
        UpdatedAt = DateTime.UtcNow;
        RequiresShipping = requiresShipping;
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Markdown as staff typed it; pages show it through <see cref="ProductDescription"/>, which sanitizes it.</summary>
    public string Description { get; private set; } = "";

    /// <summary>
    /// Path below the web root of the picture shown when the product has no uploaded images, e.g.
    /// <c>images/products/enamel-mug.svg</c> for the demo catalog; empty for products made in the admin.
    /// </summary>
    public string ImagePath { get; private set; } = "";

    /// <summary>The merchant's own code for the product; unique when set.</summary>
    public string? Sku { get; private set; }

    public int CategoryId { get; private set; }

    public Category Category { get; private set; } = null!;

    public long UnitPrice { get; private set; }

    /// <summary>The "was" price shown struck through beside <see cref="UnitPrice"/>; always above it when set.</summary>
    public long? CompareAtPrice { get; private set; }

    public int Stock { get; private set; }

    public int LowStockThreshold { get; private set; } = DefaultLowStockThreshold;

    /// <summary>False once archived: the product leaves the shop, its cart and checkout, but its page and old orders remain.</summary>
    public bool IsActive { get; private set; }

    /// <summary>When what the shop shows of the product last changed (UTC); the sitemap's <c>lastmod</c>.</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>False for what is not sent (a download, a gift card): a cart of only such products asks no address.</summary>
    public bool RequiresShipping { get; private set; } = true;

    /// <summary>The uploaded images in the order staff gave them; the first is the product's main picture.</summary>
    public IReadOnlyList<ProductImage> Images => _images;

    public bool IsInStock => Stock > 0;

    public bool IsLowOnStock => Stock > 0 && Stock <= LowStockThreshold;

    public bool IsOnSale => CompareAtPrice > UnitPrice;

    public StockLevel StockLevel => StockLevel.Of(Stock, LowStockThreshold);

    public ProductImage? MainImage => _images.OrderBy(i => i.Position).FirstOrDefault();

    /// <summary>A new product from staff's validated details, with its first stock.</summary>
    internal static Product Create(ProductDetails details, Category category, int stock)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stock);
        var product = new Product { Stock = stock };
        product.Apply(details, category);
        return product;
    }

    /// <summary>Everything staff edit except stock, which only moves by adjustment so that it cannot race checkout.</summary>
    internal void Apply(ProductDetails details, Category category)
    {
        Name = details.Name;
        Slug = details.Slug;
        Sku = details.Sku;
        Description = details.Description;
        UnitPrice = details.UnitPrice;
        CompareAtPrice = details.CompareAtPrice;
        LowStockThreshold = details.LowStockThreshold;
        IsActive = details.IsActive;
        Category = category;
        CategoryId = category.Id;
    }

    /// <summary>The product's editable details as they stand (its category loaded), to tell whether staff's input changes anything.</summary>
    internal ProductDetails Details() =>
        new(Name, Slug, Sku, Description, UnitPrice, CompareAtPrice, Category.Slug, IsActive, LowStockThreshold);

    internal ProductImage AddImage(ProcessedImageInfo image, string altText)
    {
        var added = new ProductImage(image, altText, _images.Count == 0 ? 0 : _images.Max(i => i.Position) + 1);
        _images.Add(added);
        RefreshImagePath();
        return added;
    }

    internal void RemoveImage(ProductImage image)
    {
        _images.Remove(image);
        Renumber(_images.OrderBy(i => i.Position).ToList());
        RefreshImagePath();
    }

    /// <summary>Moves an image one place earlier (<paramref name="step"/> −1) or later (+1); at either end it stays.</summary>
    internal void MoveImage(ProductImage image, int step)
    {
        var ordered = _images.OrderBy(i => i.Position).ToList();
        var from = ordered.IndexOf(image);
        var to = Math.Clamp(from + step, 0, ordered.Count - 1);
        ordered.RemoveAt(from);
        ordered.Insert(to, image);
        Renumber(ordered);
        RefreshImagePath();
    }

    internal ProductSnapshot Snapshot() => new(
        Name, Slug, Sku, Description, UnitPrice, CompareAtPrice, Category.Slug, IsActive, LowStockThreshold, Stock,
        [.. _images.OrderBy(i => i.Position).Select(i => $"{i.FileStem}: {i.AltText}")]);

    /// <summary>
    /// Places that show one small picture (the cart) read <see cref="ImagePath"/>, so it follows the main upload; a
    /// demo product's own SVG is kept.
    /// </summary>
    private void RefreshImagePath()
    {
        if (ImagePath.Length > 0 && !ImagePath.StartsWith(ProductImage.MediaFolder + "/", StringComparison.Ordinal))
        {
            return;
        }

        ImagePath = MainImage is { } main ? main.RelativePath(main.StoredWidths[0]) : "";
    }

    private static void Renumber(List<ProductImage> ordered)
    {
        for (var position = 0; position < ordered.Count; position++)
        {
            ordered[position].MoveTo(position);
        }
    }
}
