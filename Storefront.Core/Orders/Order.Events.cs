namespace Storefront.Core.Orders;

// The events an order's methods raise; the outbox reads them when the order is saved, then clears them.
public sealed partial class Order
{
    private readonly List<OrderEvent> _events = [];

    /// <summary>What happened through this instance since it was loaded or last saved.</summary>
    public IReadOnlyList<OrderEvent> Events => _events;

    public void ClearEvents() => _events.Clear();

    private void Raise(OrderEvent raised) => _events.Add(raised);
}
