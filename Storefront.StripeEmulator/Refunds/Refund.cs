namespace Storefront.StripeEmulator.Refunds;

public sealed record Refund(
    string Id,
    long Amount,
    string Currency,
    string ChargeId,
    string PaymentIntentId,
    string? Reason,
    IReadOnlyDictionary<string, string> Metadata,
    long Created)
{
    /// <summary><c>succeeded</c> when made; <c>failed</c> or <c>canceled</c> once the money came back to the shop.</summary>
    public string Status { get; init; } = "succeeded";

    public string? FailureReason { get; init; }

    /// <summary>Whether the refund still stands, that is counts in the charge's <c>amount_refunded</c>.</summary>
    public bool Stands => Status is not ("failed" or "canceled");
}
