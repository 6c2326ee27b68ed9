namespace Storefront.Core.Shipping;

/// <summary>The <c>Tax</c> section.</summary>
public sealed class TaxOptions
{
    public const string Section = "Tax";

    public TaxMode Mode { get; set; } = TaxMode.None;
}
