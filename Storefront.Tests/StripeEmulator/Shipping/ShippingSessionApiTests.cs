using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Shipping;

/// <summary>Stripe.net creates and reads sessions with every shipping, tax, discount and phone parameter.</summary>
public sealed class ShippingSessionApiTests : EmulatorTest
{
    [Fact]
    public async Task A_new_session_echoes_what_it_collects_and_prices_the_first_shipping_option()
    {
        var created = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options());
        var session = await new SessionService(StripeApi).GetAsync(created.Id, new SessionGetOptions
        {
            Expand = ["shipping_options.shipping_rate"],
        });

        Assert.Equal(["DE", "FR", "US"], session.ShippingAddressCollection.AllowedCountries);
        Assert.True(session.AutomaticTax.Enabled);
        Assert.Equal("requires_location_inputs", session.AutomaticTax.Status);
        Assert.True(session.AllowPromotionCodes);
        Assert.True(session.PhoneNumberCollection.Enabled);
        Assert.Equal(["card", "sepa_debit"], session.PaymentMethodTypes);
        Assert.Equal([500L, 1500L], session.ShippingOptions.Select(o => o.ShippingAmount));
        var express = session.ShippingOptions[1].ShippingRate;
        Assert.Equal(("Express", 1500L, "usd"), (express.DisplayName, express.FixedAmount.Amount, express.FixedAmount.Currency));
        Assert.Equal(("business_day", 1L), (express.DeliveryEstimate.Minimum.Unit, express.DeliveryEstimate.Minimum.Value));
        Assert.Equal(2, express.DeliveryEstimate.Maximum.Value);
        Assert.Equal("express", express.Metadata["rate"]);
        Assert.Equal(session.ShippingOptions[0].ShippingRateId, session.ShippingCost.ShippingRateId);
        Assert.Equal(4800, session.AmountSubtotal);
        Assert.Equal((500L, 0L, 0L), (session.TotalDetails.AmountShipping ?? 0, session.TotalDetails.AmountTax, session.TotalDetails.AmountDiscount));
        Assert.Equal(5300, session.AmountTotal);
        Assert.Null(session.CollectedInformation.ShippingDetails);
    }

    [Fact]
    public async Task A_shipping_rate_made_through_the_api_is_offered_by_id()
    {
        var rate = await new ShippingRateService(StripeApi).CreateAsync(new ShippingRateCreateOptions
        {
            DisplayName = "Pickup",
            Type = "fixed_amount",
            FixedAmount = new ShippingRateFixedAmountOptions { Amount = 0, Currency = "usd" },
        });
        var options = CheckoutSamples.Options();
        options.ShippingAddressCollection = new SessionShippingAddressCollectionOptions { AllowedCountries = ["US"] };
        options.ShippingOptions = [new SessionShippingOptionOptions { ShippingRate = rate.Id }];

        var session = await new SessionService(StripeApi).CreateAsync(options);

        Assert.StartsWith("shr_", rate.Id);
        Assert.Equal(rate.Id, Assert.Single(session.ShippingOptions).ShippingRateId);
        Assert.Equal(0, session.ShippingCost.AmountTotal);
        Assert.Equal(4800, session.AmountTotal);
    }

    [Fact]
    public async Task A_coupon_in_discounts_comes_off_the_lines_and_is_listed()
    {
        var coupon = await new CouponService(StripeApi).CreateAsync(new CouponCreateOptions
        {
            AmountOff = 1000, Currency = "usd", Duration = "once",
        });
        var options = CheckoutSamples.Options();
        options.Discounts = [new SessionDiscountOptions { Coupon = coupon.Id }];

        var created = await new SessionService(StripeApi).CreateAsync(options);
        var session = await new SessionService(StripeApi).GetAsync(created.Id, new SessionGetOptions
        {
            Expand = ["discounts.coupon", "line_items", "total_details.breakdown"],
        });

        Assert.Equal(1000, session.TotalDetails.AmountDiscount);
        Assert.Equal(3800, session.AmountTotal);
        Assert.Equal(1000, Assert.Single(session.Discounts).Coupon.AmountOff);
        Assert.Equal(1000, Assert.Single(session.TotalDetails.Breakdown.Discounts).Amount);
        Assert.Equal(1000, session.LineItems.Data.Sum(l => l.AmountDiscount));
        Assert.Equal(3800, session.LineItems.Data.Sum(l => l.AmountTotal));
    }

    [Fact]
    public async Task A_promotion_code_in_discounts_is_applied_and_zero_decimal_amounts_round_half_away_from_zero()
    {
        var coupon = await new CouponService(StripeApi).CreateAsync(new CouponCreateOptions { PercentOff = 50m, Duration = "once" });
        var code = await new PromotionCodeService(StripeApi).CreateAsync(new PromotionCodeCreateOptions
        {
            Code = "YEN",
            Promotion = new PromotionCodePromotionOptions { Type = "coupon", Coupon = coupon.Id },
        });
        var options = CheckoutSamples.Options("jpy");
        options.LineItems.RemoveAt(1);
        options.LineItems[0].Quantity = 1;
        options.LineItems[0].PriceData.UnitAmount = 1999;
        options.Discounts = [new SessionDiscountOptions { PromotionCode = code.Id }];

        var session = await new SessionService(StripeApi).CreateAsync(options);

        Assert.Equal(1000, session.TotalDetails.AmountDiscount);
        Assert.Equal(999, session.AmountTotal);
        Assert.Equal(code.Id, Assert.Single(session.Discounts).PromotionCodeId);
    }

    [Fact]
    public async Task Allowed_payment_method_types_are_honoured_on_the_session_and_the_page()
    {
        var options = CheckoutSamples.Options();
        options.AllowedPaymentMethodTypes = ["card"];
        var session = await new SessionService(StripeApi).CreateAsync(options);
        using var page = await HostedPageForm.OpenAsync(session.Url);

        await page.PostAsync(new Dictionary<string, string>
        {
            ["email"] = "ada@example.com", ["method"] = "sepa_debit", ["iban"] = "DE89370400440532013000",
        });

        Assert.Equal(["card"], session.PaymentMethodTypes);
        Assert.Equal(["card"], session.AllowedPaymentMethodTypes);
        Assert.False(page.Has("iban"));
        Assert.Equal("Choose one of the payment methods offered.", page.Alert);
        Assert.Equal("open", (await new SessionService(StripeApi).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task Excluded_payment_method_types_leave_the_rest()
    {
        var options = CheckoutSamples.Options();
        options.ExcludedPaymentMethodTypes = ["card"];

        var session = await new SessionService(StripeApi).CreateAsync(options);
        using var page = await HostedPageForm.OpenAsync(session.Url);

        Assert.Equal(["sepa_debit"], session.PaymentMethodTypes);
        Assert.False(page.Has("cardNumber"));
        Assert.True(page.Has("iban"));
    }

    [Fact]
    public async Task Confirming_through_the_api_records_the_address_phone_option_and_code()
    {
        var session = await new SessionService(StripeApi).CreateAsync(ShippingSamples.Options("eur"));
        var express = session.ShippingOptions[1].ShippingRateId;

        await ((StripeClient)StripeApi).RawRequestAsync(HttpMethod.Post, $"/v1/payment_pages/{session.Id}/confirm",
            "email=ada%40example.com&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242" +
            "&shipping_details[name]=Ada&shipping_details[address][line1]=1+Rue+de+Rivoli&shipping_details[address][city]=Paris" +
            "&shipping_details[address][postal_code]=75001&shipping_details[address][country]=FR&phone=%2B33+1+23+45+67+89" +
            $"&shipping_rate={express}&promotion_code=WELCOME10");
        var paid = await new SessionService(StripeApi).GetAsync(session.Id);

        Assert.Equal("paid", paid.PaymentStatus);
        Assert.Equal("FR", paid.CollectedInformation.ShippingDetails.Address.Country);
        Assert.Equal(express, paid.ShippingCost.ShippingRateId);
        Assert.Equal((480L, 1164L), (paid.TotalDetails.AmountDiscount, paid.TotalDetails.AmountTax));
        Assert.Equal(4800 - 480 + 1500 + 1164, paid.AmountTotal);
    }

    [Fact]
    public async Task An_event_for_an_api_version_before_collected_information_carries_shipping_details()
    {
        await using var emulator = await EmulatorServer.StartAsync(o => o.ApiVersion = "2024-06-20");
        var api = emulator.NewStripeClient();
        var session = await new SessionService(api).CreateAsync(ShippingSamples.Options());
        using var page = await HostedPageForm.OpenAsync(session.Url);
        await page.PostAsync(ShippingSamples.Berlin());

        var completed = Assert.Single(await emulator.ControlGetAsync("/_emulator/events?type=checkout.session.completed"));
        var raw = await ((StripeClient)api).RawRequestAsync(HttpMethod.Get, $"/v1/events/{(string)completed!["id"]!}");

        var payload = System.Text.Json.Nodes.JsonNode.Parse(raw.Content)!["data"]!["object"]!;
        Assert.Equal("Berlin", (string?)payload["shipping_details"]!["address"]!["city"]);
        Assert.Equal("Ada Lovelace", (string?)payload["shipping_details"]!["name"]);
    }
}
