namespace Storefront.Core.Cart;

/// <summary>A cart's new item count, for the header badge of every tab the visitor has open.</summary>
public sealed class CartNotifications : Broadcast<int>;
