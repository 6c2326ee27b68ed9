namespace Storefront.Core.Catalog;

/// <summary>What a shopper asked the catalog for: a category slug and/or words in the product name.</summary>
public sealed record CatalogQuery(string? Category = null, string? Search = null)
{
    public const int MaxSearchLength = 100;

    public string? NormalizedSearch =>
        string.IsNullOrWhiteSpace(Search) ? null : Search.Trim()[..Math.Min(Search.Trim().Length, MaxSearchLength)];
}
