namespace Storefront.StripeEmulator.Checkout;

/// <summary>What the hosted page's form holds, to show it again after a decline.</summary>
public sealed record CheckoutForm(
    string Email, string Method, string CardNumber, string CardExpiry, string CardCvc, string Iban)
{
    public static CheckoutForm Empty(string? email) => new(email ?? "", "card", "", "", "", "");
}
