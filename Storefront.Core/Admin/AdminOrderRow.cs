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
    bool NeedsReview,
    string? ShippingRateName = null,
    long Shipping = 0,
    long Tax = 0,
    long Discount = 0,
    string? PromotionCode = null,
    ShippingAddress? Address = null);
