using Storefront.Core.Orders;
using Storefront.Core.Payments;

namespace Storefront.Core.Admin;

/// <summary>Everything staff see on one order's page.</summary>
public sealed record AdminOrderDetail(Order Order, IReadOnlyList<Payment> Payments, IReadOnlyList<OrderTimelineEntry> Timeline);
