using Storefront.Core.Orders;

namespace Storefront.Core.Payments;

/// <summary>What fulfilment needs of a Stripe Checkout Session, read once where it is fetched.</summary>
public sealed record CheckoutSessionView(
    string Id,
    string? OrderKey,
    string? Status,
    string? PaymentStatus,
    string? PaymentIntentId,
    string? PaymentIntentStatus,
    long? AmountTotal,
    string? Currency,
    string? Email,
    CheckoutDetails Details);
