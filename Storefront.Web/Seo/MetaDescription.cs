namespace Storefront.Web.Seo;

/// <summary>Search results show about 160 characters of a description; a longer one is cut at a word, with an ellipsis.</summary>
public static class MetaDescription
{
    public const int MaxLength = 160;

    public static string Of(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= MaxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', MaxLength - 1);
        return flat[..(cut > 0 ? cut : MaxLength - 1)] + "…";
    }
}
