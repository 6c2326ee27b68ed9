namespace Storefront.Core.Payments;

/// <summary>What happened to one delivery of a Stripe event.</summary>
public sealed record WebhookResult(bool WasDuplicate, FulfillmentOutcome? Outcome)
{
    public static readonly WebhookResult Duplicate = new(true, null);
}
