namespace Storefront.Core.Orders;

/// <summary>Something that happened to an order, raised by its methods and turned into emails when the order is saved.</summary>
public abstract record OrderEvent;
