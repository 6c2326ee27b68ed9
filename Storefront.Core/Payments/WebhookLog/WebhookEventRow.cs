namespace Storefront.Core.Payments.WebhookLog;

/// <summary>One received event as the webhook log lists it, with the number of the order it touched.</summary>
public sealed record WebhookEventRow(
    string EventId,
    string Type,
    WebhookEventState State,
    int Attempts,
    string? LastError,
    string Outcome,
    DateTime ReceivedAt,
    DateTime? AppliedAt,
    string? OrderNumber);
