using Microsoft.AspNetCore.Http;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>What the hosted page's form holds, to show it again after a refusal or a changed total.</summary>
public sealed record CheckoutForm(
    string Email, string Method, string CardNumber, string CardExpiry, string CardCvc, string Iban)
{
    public string Name { get; init; } = "";

    public string Line1 { get; init; } = "";

    public string Line2 { get; init; } = "";

    public string City { get; init; } = "";

    public string PostalCode { get; init; } = "";

    public string State { get; init; } = "";

    /// <summary>The shipping country, or the billing country of a taxed session that ships nothing.</summary>
    public string Country { get; init; } = "";

    public string Phone { get; init; } = "";

    public string ShippingRateId { get; init; } = "";

    public string PromotionCode { get; init; } = "";

    /// <summary>The total the page showed when the shopper pressed Pay; a different one is shown again first.</summary>
    public string ShownTotal { get; init; } = "";

    public static CheckoutForm Empty(CheckoutSession session) =>
        new(session.CustomerEmail ?? "", session.PaymentMethodTypes[0], "", "", "", "");

    public static CheckoutForm From(IFormCollection posted)
    {
        string Field(string name) => posted[name].ToString().Trim();
        return new CheckoutForm(
            Field("email"), Field("method"), Field("cardNumber"), Field("cardExpiry"), Field("cardCvc"), Field("iban"))
        {
            Name = Field("name"),
            Line1 = Field("line1"),
            Line2 = Field("line2"),
            City = Field("city"),
            PostalCode = Field("postalCode"),
            State = Field("state"),
            Country = Field("country").ToUpperInvariant(),
            Phone = Field("phone"),
            ShippingRateId = Field("shippingRate"),
            PromotionCode = Field("promotionCode"),
            ShownTotal = Field("shownTotal"),
        };
    }

    public ShopperChoice ToChoice(CheckoutSession session) => new(
        session.AllowedCountries is null
            ? null
            : new ShippingDetails(Name, new PostalAddress(
                Line1, Blank(Line2), City, PostalCode, Blank(State), Country)),
        session.PhoneNumberCollection ? Phone : null,
        Blank(ShippingRateId),
        session.AllowedCountries is null ? Blank(Country) : null);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
