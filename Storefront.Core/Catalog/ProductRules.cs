using System.Text;
using System.Text.RegularExpressions;

namespace Storefront.Core.Catalog;

/// <summary>The limits and shapes a product's and a category's fields must keep.</summary>
public static partial class ProductRules
{
    public const int MaxNameLength = 200;
    public const int MaxSlugLength = 100;
    public const int MaxSkuLength = 64;
    public const int MaxDescriptionLength = 4000;
    public const int MaxAltTextLength = 300;
    public const int MaxStock = 1_000_000;

    /// <summary>Lower-case letters and digits in groups joined by single hyphens: <c>enamel-mug-2</c>.</summary>
    public static bool IsSlug(string slug) => slug.Length <= MaxSlugLength && SlugPattern().IsMatch(slug);

    /// <summary>A slug made from a name: accents dropped, anything else that is not a letter or digit turned into a hyphen.</summary>
    public static string SlugFrom(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                     && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString();
        return text[..Math.Min(text.Length, MaxSlugLength)].Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
