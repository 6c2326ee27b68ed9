namespace Storefront.StripeEmulator.Webhooks;

/// <summary>
/// One POST to an endpoint and how it went. <paramref name="Trigger"/> is <c>automatic</c> for the emulator's own
/// deliveries and retries, <c>manual</c> for the control API's.
/// </summary>
public sealed record DeliveryAttempt(
    string EventId,
    string EventType,
    string Url,
    int Attempt,
    string Trigger,
    int? StatusCode,
    string? Error,
    bool Succeeded,
    DateTimeOffset SentAt);
