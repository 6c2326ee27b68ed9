namespace Storefront.Web.Catalog.PageCache;

/// <summary>The <c>PageCache</c> section: how long a catalog page is served from memory at most.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    /// <summary>
    /// The longest a cached page lives. Edits, stock levels and categories evict their pages at once on every instance,
    /// so this bounds only what no notice covers: a notice lost while the listener reconnected is covered by its catch-up.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);
}
