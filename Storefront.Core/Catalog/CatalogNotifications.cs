using Storefront.Core.LiveUpdates;

namespace Storefront.Core.Catalog;

/// <summary>
/// A product or category that changed, for whatever holds a copy of the catalog (a page cache) to drop it, on
/// every instance. An every-key subscriber that hears <c>null</c> should drop all of it.
/// </summary>
public sealed class CatalogNotifications : Broadcast<CatalogItem, CatalogItemChange>
{
    public const string ChannelName = "storefront_catalog";

    /// <summary>In process only, for a single instance (and unit tests).</summary>
    public CatalogNotifications()
        : base(ChannelName, relay: null)
    {
    }

    public CatalogNotifications(NoticeRelay relay)
        : base(ChannelName, relay)
    {
    }
}
