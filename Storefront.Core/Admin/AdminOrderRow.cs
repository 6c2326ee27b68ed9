using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>One line of the admin order list and of its CSV export.</summary>
public sealed record AdminOrderRow(
    Guid Id,
    string Number,
    DateTime CreatedAt,
    string CustomerEmail,
    OrderStatus Status,
    long Total,
    long AmountRefunded,
    string Currency,
    bool NeedsReview);
