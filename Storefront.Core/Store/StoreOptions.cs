using System.ComponentModel.DataAnnotations;
using Storefront.Core.Pricing;

namespace Storefront.Core.Store;

/// <summary>The <c>Store</c> section: who the shop is and what it sells in.</summary>
public sealed class StoreOptions : IValidatableObject
{
    public const string Section = "Store";

    [Required]
    public string Name { get; set; } = "Storefront";

    /// <summary>ISO 4217 code of the currency every price is in, e.g. <c>usd</c>, <c>eur</c>, <c>jpy</c>.</summary>
    public string Currency { get; set; } = "usd";

    /// <summary>Fill an empty database with the demo catalog at start-up (on in Development).</summary>
    public bool SeedDemoCatalog { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CurrencyInfo.IsWellFormed(Currency))
        {
            yield return new ValidationResult(
                $"Store:Currency must be a three-letter ISO 4217 code such as 'usd' (it is '{Currency}').",
                [nameof(Currency)]);
        }
    }
}
