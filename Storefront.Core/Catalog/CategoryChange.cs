namespace Storefront.Core.Catalog;

/// <summary>What one staff action did to a category: before (null when created) and after (null when deleted).</summary>
public sealed record CategoryChange(int CategoryId, CategorySnapshot? Before, CategorySnapshot? After);
