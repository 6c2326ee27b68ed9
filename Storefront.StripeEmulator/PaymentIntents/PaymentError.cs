namespace Storefront.StripeEmulator.PaymentIntents;

/// <summary>Why a payment attempt failed, in Stripe's terms (<c>card_declined</c> / <c>insufficient_funds</c>).</summary>
public sealed record PaymentError(string Type, string Code, string? DeclineCode, string Message);
