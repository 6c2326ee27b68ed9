namespace Storefront.StripeEmulator.Checkout;

public sealed class CheckoutSession
{
    public required string Id { get; init; }

    public required long Created { get; init; }

    public required long ExpiresAt { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<CheckoutLineItem> LineItems { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public required IReadOnlyDictionary<string, string> PaymentIntentMetadata { get; init; }

    public string? ClientReferenceId { get; init; }

    public string? CustomerEmail { get; init; }

    public required string SuccessUrl { get; init; }

    public string? CancelUrl { get; init; }

    public required string Url { get; init; }

    /// <summary><c>open</c>, <c>complete</c> or <c>expired</c>.</summary>
    public string Status { get; set; } = "open";

    /// <summary><c>unpaid</c> or <c>paid</c>.</summary>
    public string PaymentStatus { get; set; } = "unpaid";

    public string? PaymentIntentId { get; set; }

    /// <summary>The email the shopper typed on the hosted page.</summary>
    public string? PaidByEmail { get; set; }

    /// <summary>When a delayed payment settles (unix seconds), and whether it then succeeds.</summary>
    public DelayedSettlement? PendingSettlement { get; set; }

    public long AmountTotal => LineItems.Sum(i => i.AmountTotal);

    public bool IsOpen => Status == "open";
}
