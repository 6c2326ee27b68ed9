using System.ComponentModel.DataAnnotations;
using Storefront.Core.Pricing;

namespace Storefront.Core.Store;

/// <summary>The <c>Store</c> section: who the shop is and what it sells in.</summary>
public sealed class StoreOptions : IValidatableObject
{
    public const string Section = "Store";
    public const string DevelopmentPublicUrl = "http://localhost:5000";

    [Required]
    public string Name { get; set; } = "Storefront";

    /// <summary>ISO 4217 code of the currency every price is in, e.g. <c>usd</c>, <c>eur</c>, <c>jpy</c>.</summary>
    public string Currency { get; set; } = "usd";

    /// <summary>
    /// The absolute address shoppers reach the store at, e.g. <c>https://shop.example</c>, for links that leave
    /// the site (emails). Development defaults to <see cref="DevelopmentPublicUrl"/>.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Fill an empty database with the demo catalog at start-up (on in Development).</summary>
    public bool SeedDemoCatalog { get; set; }

    /// <summary>An absolute link to <paramref name="pathAndQuery"/> (which starts with <c>/</c>) on this store.</summary>
    public string AbsoluteUrl(string pathAndQuery) => PublicUrl!.TrimEnd('/') + pathAndQuery;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CurrencyInfo.IsWellFormed(Currency))
        {
            yield return new ValidationResult(
                $"Store:Currency must be a three-letter ISO 4217 code such as 'usd' (it is '{Currency}').",
                [nameof(Currency)]);
        }

        if (!(Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0))
        {
            yield return new ValidationResult(
                $"Store:PublicUrl must be the store's absolute http(s) address, such as 'https://shop.example' (it is '{PublicUrl}').",
                [nameof(PublicUrl)]);
        }
    }
}
