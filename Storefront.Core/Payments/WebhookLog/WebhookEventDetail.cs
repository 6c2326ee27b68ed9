namespace Storefront.Core.Payments.WebhookLog;

/// <summary>A received event with the payload exactly as Stripe signed it.</summary>
public sealed record WebhookEventDetail(WebhookEventRow Row, string Payload);
