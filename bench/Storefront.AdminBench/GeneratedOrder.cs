namespace Storefront.AdminBench;

/// <summary>One order row as the store would have written it, with its lines and (when paid) its payment.</summary>
public sealed record GeneratedOrder(
    Guid Id,
    string Number,
    string AccessToken,
    string Status,
    string Currency,
    string CustomerEmail,
    string NormalizedEmail,
    long Total,
    long AmountRefunded,
    string? CheckoutSessionId,
    DateTime? CheckoutExpiresAt,
    string? ReviewReason,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? PaidAt,
    IReadOnlyList<GeneratedLine> Lines,
    GeneratedPayment? Payment);

public sealed record GeneratedLine(int ProductId, string ProductName, long UnitPrice, int Quantity);

public sealed record GeneratedPayment(Guid Id, string PaymentIntentId, string Status, DateTime CreatedAt);
