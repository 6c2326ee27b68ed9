namespace Storefront.Core.Catalog;

/// <summary>What one staff action did to a product: how it stood before (null when created) and after.</summary>
public sealed record ProductChange(int ProductId, ProductSnapshot? Before, ProductSnapshot After)
{
    public bool PriceChanged => Before is not null && (Before.UnitPrice != After.UnitPrice || Before.CompareAtPrice != After.CompareAtPrice);

    public bool Archived => Before is { IsActive: true } && !After.IsActive;
}
