using Storefront.Core.LiveUpdates;

namespace Storefront.Core.Orders;

/// <summary>An order's new status, for pages that follow it (the success page, the admin's order list and page).</summary>
public sealed class OrderNotifications : Broadcast<Guid, OrderStatus>
{
    public const string ChannelName = "storefront_orders";

    /// <summary>In process only, for a single instance (and unit tests).</summary>
    public OrderNotifications()
        : base(ChannelName, relay: null)
    {
    }

    public OrderNotifications(NoticeRelay relay)
        : base(ChannelName, relay)
    {
    }
}
