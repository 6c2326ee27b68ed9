namespace Storefront.Core.Payments;

/// <summary>
/// A charge's refunds as Stripe reports them now, read from Stripe rather than from an event's payload.
/// <see cref="AmountRefunded"/> counts the refunds that stand (succeeded or still pending), not those that failed
/// or were cancelled.
/// </summary>
public sealed record ChargeRefunds(string ChargeId, string? PaymentIntentId, string Currency, long Amount, long AmountRefunded);
