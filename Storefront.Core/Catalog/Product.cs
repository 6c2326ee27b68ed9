namespace Storefront.Core.Catalog;

/// <summary>Something the shop sells. Prices are in the store currency's minor units.</summary>
public sealed class Product
{
    public const int LowStockThreshold = 5;

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

    public string Description { get; private set; } = "";

    /// <summary>Path of the product image below the web root, e.g. <c>images/products/enamel-mug.svg</c>.</summary>
    public string ImagePath { get; private set; } = "";

    public int CategoryId { get; private set; }

    public Category Category { get; private set; } = null!;

    public long UnitPrice { get; private set; }

    public int Stock { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>When what the shop shows of the product last changed (UTC); the sitemap's <c>lastmod</c>.</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>False for what is not sent (a download, a gift card): a cart of only such products asks no address.</summary>
    public bool RequiresShipping { get; private set; } = true;

    public bool IsInStock => Stock > 0;

    public bool IsLowOnStock => Stock is > 0 and <= LowStockThreshold;
}
