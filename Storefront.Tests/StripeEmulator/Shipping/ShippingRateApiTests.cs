using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Shipping;

/// <summary><c>/v1/shipping_rates</c>, and a rate archived while a session is open.</summary>
public sealed class ShippingRateApiTests : EmulatorTest
{
    [Fact]
    public async Task A_rate_is_created_read_listed_and_archived()
    {
        var rates = new ShippingRateService(StripeApi);
        var created = await rates.CreateAsync(Express());

        var read = await rates.GetAsync(created.Id);
        var archived = await rates.UpdateAsync(created.Id, new ShippingRateUpdateOptions { Active = false });
        var active = await rates.ListAsync(new ShippingRateListOptions { Active = true });

        Assert.Equal(("Express", 1500L, "usd", "fixed_amount"), (read.DisplayName, read.FixedAmount.Amount, read.FixedAmount.Currency, read.Type));
        Assert.Equal(("day", 2L), (read.DeliveryEstimate.Maximum.Unit, read.DeliveryEstimate.Maximum.Value));
        Assert.False(archived.Active);
        Assert.Empty(active);
    }

    [Fact]
    public async Task A_rate_archived_while_a_session_is_open_still_applies_to_that_session_but_no_new_one()
    {
        var rate = await new ShippingRateService(StripeApi).CreateAsync(Express());
        var options = CheckoutSamples.Options();
        options.ShippingAddressCollection = new SessionShippingAddressCollectionOptions { AllowedCountries = ["US"] };
        options.ShippingOptions = [new SessionShippingOptionOptions { ShippingRate = rate.Id }];
        var session = await new SessionService(StripeApi).CreateAsync(options);

        await new ShippingRateService(StripeApi).UpdateAsync(rate.Id, new ShippingRateUpdateOptions { Active = false });
        using var page = await HostedPageForm.OpenAsync(session.Url);
        var typed = ShippingSamples.Berlin();
        typed["country"] = "US";
        typed["postalCode"] = "10001";
        typed.Remove("phone");
        await page.PostAsync(typed);
        var refused = await Assert.ThrowsAsync<StripeException>(() => new SessionService(StripeApi).CreateAsync(options));

        var paid = await new SessionService(StripeApi).GetAsync(session.Id);
        Assert.Equal("paid", paid.PaymentStatus);
        Assert.Equal((rate.Id, 1500L), (paid.ShippingCost.ShippingRateId, paid.ShippingCost.AmountTotal));
        Assert.Equal(4800 + 1500, paid.AmountTotal);
        Assert.Equal("shipping_options[0][shipping_rate]", refused.StripeError.Param);
    }

    private static ShippingRateCreateOptions Express() => new()
    {
        DisplayName = "Express",
        Type = "fixed_amount",
        FixedAmount = new ShippingRateFixedAmountOptions { Amount = 1500, Currency = "usd" },
        DeliveryEstimate = new ShippingRateDeliveryEstimateOptions
        {
            Minimum = new ShippingRateDeliveryEstimateMinimumOptions { Unit = "day", Value = 1 },
            Maximum = new ShippingRateDeliveryEstimateMaximumOptions { Unit = "day", Value = 2 },
        },
    };
}
