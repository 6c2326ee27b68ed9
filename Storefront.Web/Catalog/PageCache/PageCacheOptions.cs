namespace Storefront.Web.Catalog.PageCache;

/// <summary>The <c>PageCache</c> section: whether catalog pages are served from memory, and for how long at most.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    /// <summary>
    /// The longest a cached page lives. Edits, stock levels and categories evict their pages at once on every instance,
    /// so this bounds only what no notice covers: a notice lost while the listener reconnected is covered by its catch-up.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Off, every catalog page is rendered for its request: to tell a cache problem from a rendering one, and for the
    /// benchmark's cost of a miss.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
