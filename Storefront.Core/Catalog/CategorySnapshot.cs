namespace Storefront.Core.Catalog;

/// <summary>A category as it stood before or after a staff action.</summary>
public sealed record CategorySnapshot(string Name, string Slug, int Position);
