using Storefront.Core.Orders;

namespace Storefront.Core.Payments;

/// <summary>What applying Stripe's view of a payment did, in words for the order's timeline.</summary>
public sealed record FulfillmentOutcome(Guid? OrderId, OrderStatus? Status, string Description, Guid? EmptiedCartId = null)
{
    public static FulfillmentOutcome Ignored(string description) => new(null, null, description);
}
