namespace Storefront.Core.Catalog;

/// <summary>A shop page search engines may list: its path on the store and when what it shows last changed (UTC).</summary>
public sealed record SitemapEntry(string Path, DateTime LastModified);
