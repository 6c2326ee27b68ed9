namespace Storefront.StripeEmulator.Checkout;

/// <summary>What the shopper submitted on the hosted page: a card number, or an IBAN for a delayed bank debit.</summary>
public sealed record PaymentAttempt(string Email, string? CardNumber, string? Iban)
{
    public bool IsBankDebit => Iban is not null;
}
