namespace Storefront.Core.Orders;

/// <summary>One move of an order's status, kept so that staff can see how the order got where it is.</summary>
public sealed class OrderStatusChange
{
    private OrderStatusChange()
    {
    }

    internal OrderStatusChange(Guid orderId, OrderStatus from, OrderStatus to, DateTime at)
    {
        OrderId = orderId;
        From = from;
        To = to;
        At = at;
    }

    public long Id { get; private set; }

    public Guid OrderId { get; private set; }

    public OrderStatus From { get; private set; }

    public OrderStatus To { get; private set; }

    public DateTime At { get; private set; }
}
