namespace Storefront.Core.Payments.WebhookLog;

/// <summary>Where a received Stripe event stands, as the webhook log shows it.</summary>
public enum WebhookEventState
{
    /// <summary>Waiting for its first try, or for its next one after a failure.</summary>
    Pending,

    /// <summary>Applied to an order.</summary>
    Applied,

    /// <summary>Applied, but it concerned no order of this store (another account's session, an unknown charge).</summary>
    Ignored,

    /// <summary>Failed too often and parked until someone applies it again.</summary>
    Parked,
}
