using System.Globalization;
using Storefront.Core.Pricing;

namespace Storefront.Core.Catalog;

/// <summary>
/// A product's fields exactly as staff typed them (a form, later a spreadsheet row). <see cref="Parse"/> checks
/// them all and says what is wrong with each, so one implementation validates every way a product comes in.
/// </summary>
public sealed record ProductInput(
    string? Name,
    string? Slug,
    string? Sku,
    string? Description,
    string? Price,
    string? CompareAtPrice,
    string? CategorySlug,
    bool Archived,
    string? LowStockThreshold,
    string? Stock)
{
    /// <summary>The details and stock when every field is right; otherwise null, and <paramref name="problems"/> says why.</summary>
    public (ProductDetails Details, int Stock)? Parse(string currency, List<string> problems)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add("Enter the product's name.");
        }
        else if (name.Length > ProductRules.MaxNameLength || name.Any(char.IsControl))
        {
            problems.Add($"The name must be at most {ProductRules.MaxNameLength} characters on one line.");
        }

        var slug = string.IsNullOrWhiteSpace(Slug) ? ProductRules.SlugFrom(name) : Slug.Trim().ToLowerInvariant();
        if (!ProductRules.IsSlug(slug))
        {
            problems.Add($"The slug “{slug}” may hold only lower-case letters, digits and single hyphens (at most {ProductRules.MaxSlugLength}).");
        }

        var sku = string.IsNullOrWhiteSpace(Sku) ? null : Sku.Trim();
        if (sku is not null && (sku.Length > ProductRules.MaxSkuLength || sku.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
        {
            problems.Add($"The SKU must be at most {ProductRules.MaxSkuLength} characters without spaces.");
        }

        var description = Description?.Trim() ?? "";
        if (description.Length > ProductRules.MaxDescriptionLength)
        {
            problems.Add($"The description is {description.Length} characters; at most {ProductRules.MaxDescriptionLength} fit.");
        }

        var price = ParseMoney(Price, "price", currency, problems);
        var compareAt = string.IsNullOrWhiteSpace(CompareAtPrice) ? null : ParseMoney(CompareAtPrice, "compare-at price", currency, problems);
        if (price is { } p && compareAt is { } c && c <= p)
        {
            problems.Add($"The compare-at price ({CompareAtPrice!.Trim()}) must be more than the price ({Price!.Trim()}) to show as a sale.");
        }

        var category = CategorySlug?.Trim() ?? "";
        if (category.Length == 0)
        {
            problems.Add("Choose a category.");
        }

        var threshold = ParseCount(LowStockThreshold, "low-stock threshold", problems);
        var stock = ParseCount(Stock, "stock", problems);
        return problems.Count > 0
            ? null
            : (new ProductDetails(name, slug, sku, description, price!.Value, compareAt, category, !Archived, threshold!.Value), stock!.Value);
    }

    private static long? ParseMoney(string? text, string field, string currency, List<string> problems)
    {
        if (text?.Trim().StartsWith('-') == true)
        {
            problems.Add($"The {field} cannot be negative (it is {text.Trim()}).");
            return null;
        }

        if (MajorUnits.TryParse(text, currency, out var minor, out var error))
        {
            return minor;
        }

        problems.Add($"The {field}: {error}");
        return null;
    }

    private static int? ParseCount(string? text, string field, List<string> problems)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) && count is >= 0 and <= ProductRules.MaxStock)
        {
            return count;
        }

        problems.Add($"The {field} must be a whole number from 0 to {ProductRules.MaxStock} (it is “{text?.Trim()}”).");
        return null;
    }
}
