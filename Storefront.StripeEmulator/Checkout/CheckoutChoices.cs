using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Discounts;
using Storefront.StripeEmulator.Hosting;
using Storefront.StripeEmulator.Shipping;
using Storefront.StripeEmulator.State;
using Storefront.StripeEmulator.Tax;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// Checks and records what the shopper chooses on an open session: address (only allowed countries), phone,
/// shipping option and promotion code. The hosted page and <c>/v1/payment_pages/{id}/confirm</c> both use it.
/// </summary>
public sealed partial class CheckoutChoices(EmulatorStore store, IOptions<StripeEmulatorOptions> options, TimeProvider time)
{
    public CheckoutPreview Preview(CheckoutSession session, string? shippingRateId, string? country)
    {
        var rate = session.ShippingOptions.FirstOrDefault(r => r.Id == shippingRateId) ?? session.ShippingRate;
        var tax = TaxFor(session, country) ?? session.TaxLocation;
        return new CheckoutPreview(SessionTotals.Compute(session, rate, tax), rate, tax);
    }

    /// <summary>Null once recorded on the session; otherwise what is wrong, and the session is unchanged.</summary>
    public ChoiceProblem? Choose(CheckoutSession session, ShopperChoice choice)
    {
        if (Check(session, choice) is { } problem)
        {
            return problem;
        }

        lock (store.Sync)
        {
            session.ShippingDetails = session.AllowedCountries is null ? null : choice.Shipping;
            session.Phone = session.PhoneNumberCollection ? choice.Phone!.Trim() : null;
            session.ShippingRate = session.ShippingOptions.FirstOrDefault(r => r.Id == choice.ShippingRateId) ?? session.ShippingRate;
            session.TaxLocation = TaxFor(session, choice.Shipping?.Address.Country ?? choice.BillingCountry) ?? session.TaxLocation;
            return null;
        }
    }

    /// <summary>Applies a code the shopper typed; redemption is counted only when the session is paid.</summary>
    public string? ApplyCode(CheckoutSession session, string code)
    {
        lock (store.Sync)
        {
            if (session.AllowPromotionCodes != true)
            {
                return "This payment does not take promotion codes.";
            }

            if (code.Trim().Length == 0)
            {
                return "Enter a promotion code.";
            }

            if (PromotionCodeEndpoints.FindActive(store, code.Trim()) is not { } found)
            {
                return $"The code {code.Trim().ToUpperInvariant()} is invalid.";
            }

            if (PromotionCodeCheck.Refusal(found, session.Currency, time.GetUtcNow().ToUnixTimeSeconds()) is { } refusal)
            {
                return refusal;
            }

            session.Discount = new AppliedDiscount(found.Coupon, found);
            return null;
        }
    }

    private TaxLocation? TaxFor(CheckoutSession session, string? country) =>
        session.AutomaticTax && country is { Length: 2 }
            ? new TaxLocation(country, options.Value.TaxRates.GetValueOrDefault(country))
            : null;

    private static ChoiceProblem? Check(CheckoutSession session, ShopperChoice choice)
    {
        if (session.AllowedCountries is { } allowed)
        {
            if (choice.Shipping is not { } shipping)
            {
                return new("shipping_details", "Enter the shipping address.");
            }

            var address = shipping.Address;
            var missing = (shipping.Name, address.Line1, address.City, address.PostalCode) switch
            {
                ({ Length: 0 }, _, _, _) => "Enter the full name to ship to.",
                (_, { Length: 0 }, _, _) => "Enter the street address.",
                (_, _, { Length: 0 }, _) => "Enter the city.",
                (_, _, _, { Length: 0 }) => "Enter the postal code.",
                _ => null,
            };
            if (missing is not null)
            {
                return new("shipping_details", missing);
            }

            if (!allowed.Contains(address.Country))
            {
                return new("shipping_details[address][country]",
                    $"This shop does not ship to {ShippingCountries.Name(address.Country)}. It ships to: " +
                    string.Join(", ", allowed.Select(ShippingCountries.Name)) + ".");
            }
        }

        if (session.PhoneNumberCollection && !PhoneNumber().IsMatch(choice.Phone?.Trim() ?? ""))
        {
            return new("phone", "Enter a phone number: digits, spaces and an optional leading +.");
        }

        if (choice.ShippingRateId is { } rateId && session.ShippingOptions.All(r => r.Id != rateId))
        {
            return new("shipping_rate", "Choose one of the shipping options offered.");
        }

        return session.AutomaticTax && session.AllowedCountries is null && choice.BillingCountry is { } country
            && !ShippingCountries.IsAllowed(country)
            ? new("billing_country", "Choose your country or region.")
            : null;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,19}$")]
    private static partial Regex PhoneNumber();
}
