using Storefront.Core.Data;

namespace Storefront.Core.Payments;

/// <summary>
/// A received event with what Stripe said about its object, read before any transaction opens: all that is left is to
/// apply <see cref="Effect"/> to the database, alone or with others of its round.
/// </summary>
public sealed record PreparedWebhookEvent(
    ProcessedWebhookEvent Received, Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>> Effect)
{
    public string EventId => Received.EventId;
}
