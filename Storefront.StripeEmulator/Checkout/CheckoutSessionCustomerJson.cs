using System.Text.Json.Nodes;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>What the shopper gave: <c>collected_information</c> and, once complete, <c>customer_details</c>.</summary>
public static class CheckoutSessionCustomerJson
{
    public static JsonObject CollectedInformation(CheckoutSession session) => new()
    {
        ["business_name"] = null,
        ["individual_name"] = null,
        ["shipping_details"] = session.ShippingDetails is { } shipping
            ? new JsonObject { ["address"] = Address(shipping.Address), ["name"] = shipping.Name }
            : null,
    };

    /// <summary>Billing is taken to be the shipping address, as Stripe's page has it by default.</summary>
    public static JsonObject? CustomerDetails(CheckoutSession session) => session.PaidByEmail is null
        ? null
        : new JsonObject
        {
            ["address"] = session.ShippingDetails is { } shipping
                ? Address(shipping.Address)
                : session.TaxLocation is { } tax ? CountryOnly(tax.Country) : null,
            ["business_name"] = null,
            ["email"] = session.PaidByEmail,
            ["individual_name"] = null,
            ["name"] = session.ShippingDetails?.Name,
            ["phone"] = session.Phone,
            ["tax_exempt"] = "none",
            ["tax_ids"] = new JsonArray(),
        };

    public static JsonObject Address(PostalAddress address) => new()
    {
        ["city"] = address.City,
        ["country"] = address.Country,
        ["line1"] = address.Line1,
        ["line2"] = address.Line2,
        ["postal_code"] = address.PostalCode,
        ["state"] = address.State,
    };

    private static JsonObject CountryOnly(string country) => new()
    {
        ["city"] = null, ["country"] = country, ["line1"] = null, ["line2"] = null, ["postal_code"] = null, ["state"] = null,
    };
}
