using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>
/// A session selling physical goods as the store asks for one: the two sample lines ($48.00), standard ($5.00)
/// and express ($15.00) shipping, shipping to DE, FR and US, Stripe Tax, promotion codes and the phone number.
/// </summary>
public static class ShippingSamples
{
    public static SessionCreateOptions Options(string currency = "usd")
    {
        var options = CheckoutSamples.Options(currency);
        options.ShippingAddressCollection = new SessionShippingAddressCollectionOptions { AllowedCountries = ["DE", "FR", "US"] };
        options.ShippingOptions =
        [
            Rate("Standard", 500, currency, 5, 7),
            Rate("Express", 1500, currency, 1, 2),
        ];
        options.AutomaticTax = new SessionAutomaticTaxOptions { Enabled = true };
        options.AllowPromotionCodes = true;
        options.PhoneNumberCollection = new SessionPhoneNumberCollectionOptions { Enabled = true };
        return options;
    }

    /// <summary>What a shopper in Berlin types into the page.</summary>
    public static Dictionary<string, string> Berlin() => new()
    {
        ["email"] = "ada@example.com",
        ["name"] = "Ada Lovelace",
        ["line1"] = "Unter den Linden 1",
        ["postalCode"] = "10117",
        ["city"] = "Berlin",
        ["country"] = "DE",
        ["phone"] = "+49 30 1234567",
        ["method"] = "card",
        ["cardNumber"] = "4242 4242 4242 4242",
        ["cardExpiry"] = "12 / 34",
        ["cardCvc"] = "123",
    };

    public static SessionShippingOptionOptions Rate(string name, long amount, string currency, long minDays, long maxDays) => new()
    {
        ShippingRateData = new SessionShippingOptionShippingRateDataOptions
        {
            DisplayName = name,
            Type = "fixed_amount",
            FixedAmount = new SessionShippingOptionShippingRateDataFixedAmountOptions { Amount = amount, Currency = currency },
            DeliveryEstimate = new SessionShippingOptionShippingRateDataDeliveryEstimateOptions
            {
                Minimum = new SessionShippingOptionShippingRateDataDeliveryEstimateMinimumOptions { Unit = "business_day", Value = minDays },
                Maximum = new SessionShippingOptionShippingRateDataDeliveryEstimateMaximumOptions { Unit = "business_day", Value = maxDays },
            },
            Metadata = new Dictionary<string, string> { ["rate"] = name.ToLowerInvariant() },
        },
    };
}
