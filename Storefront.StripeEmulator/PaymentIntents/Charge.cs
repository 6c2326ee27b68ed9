namespace Storefront.StripeEmulator.PaymentIntents;

public sealed class Charge
{
    public required string Id { get; init; }

    public required string PaymentIntentId { get; init; }

    public required long Created { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public required string PaymentMethodId { get; init; }

    public required string PaymentMethodType { get; init; }

    public string? BillingEmail { get; init; }

    public long AmountRefunded { get; set; }

    public bool Refunded => AmountRefunded >= Amount;
}
