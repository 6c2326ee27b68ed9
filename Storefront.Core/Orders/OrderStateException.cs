namespace Storefront.Core.Orders;

public sealed class OrderStateException(string orderNumber, OrderStatus from, OrderStatus to)
    : DomainException($"Order {orderNumber} cannot go from {from} to {to}.")
{
    public OrderStatus From { get; } = from;

    public OrderStatus To { get; } = to;
}
