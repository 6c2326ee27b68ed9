namespace Storefront.StripeEmulator.Refunds;

public sealed record Refund(
    string Id,
    long Amount,
    string Currency,
    string ChargeId,
    string PaymentIntentId,
    string? Reason,
    IReadOnlyDictionary<string, string> Metadata,
    long Created);
