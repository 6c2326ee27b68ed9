namespace Storefront.StripeEmulator.PaymentIntents;

public sealed class PaymentIntent
{
    public required string Id { get; init; }

    public required long Created { get; init; }

    /// <summary>The session's <c>amount_total</c> when the shopper last tried to pay: shipping or a code may change it.</summary>
    public required long Amount { get; set; }

    public required string Currency { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public required string PaymentMethodType { get; set; }

    public string ClientSecret => $"{Id}_secret_emulator";

    /// <summary><c>requires_payment_method</c>, <c>processing</c> or <c>succeeded</c>.</summary>
    public string Status { get; set; } = "requires_payment_method";

    public string? LatestChargeId { get; set; }

    public string? PaymentMethodId { get; set; }

    public string? ReceiptEmail { get; set; }

    public PaymentError? LastPaymentError { get; set; }
}
