using Storefront.Core.LiveUpdates;

namespace Storefront.Core.Cart;

/// <summary>A cart's new item count, for the header badge of every tab the visitor has open.</summary>
public sealed class CartNotifications : Broadcast<Guid, int>
{
    public const string ChannelName = "storefront_carts";

    /// <summary>In process only, for a single instance (and unit tests).</summary>
    public CartNotifications()
        : base(ChannelName, relay: null)
    {
    }

    public CartNotifications(NoticeRelay relay)
        : base(ChannelName, relay)
    {
    }
}
