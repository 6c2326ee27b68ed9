using Microsoft.Extensions.Options;
using Storefront.Core.Orders;
using Storefront.Core.Shipping;
using Stripe.Checkout;

namespace Storefront.Core.Checkout;

/// <summary>
/// The Checkout Session for one payment attempt of an order. The lines come from the order as stored; the delivery
/// choices, tax and what the page asks come from the settings, inline, so the session carries them to the end even if
/// the settings change while it is open: the order later records what the session says.
/// </summary>
public sealed class CheckoutSessionRequest(
    IOptions<ShippingOptions> shipping, IOptions<TaxOptions> tax, IOptions<CheckoutOptions> checkout)
{
    public SessionCreateOptions For(Order order, CheckoutUrls urls)
    {
        // Stripe Tax adds tax on top of a shipping rate that says it excludes it; the amount check counts on that. Line
        // prices follow the account's default tax behaviour, which a shop using Stripe Tax sets to exclusive.
        var taxBehavior = tax.Value.Mode == TaxMode.Stripe ? "exclusive" : null;
        var metadata = new Dictionary<string, string> { ["order_id"] = order.Id.ToString(), ["order_number"] = order.Number };
        var ships = order.RequiresShipping && shipping.Value.Ships;
        return new SessionCreateOptions
        {
            Mode = "payment",
            LineItems = order.Lines.Select(line => new SessionLineItemOptions
            {
                Quantity = line.Quantity,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = order.Currency,
                    UnitAmount = line.UnitPrice,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = line.ProductName },
                },
            }).ToList(),
            Metadata = metadata,
            ClientReferenceId = order.Id.ToString(),
            CustomerEmail = string.IsNullOrWhiteSpace(order.CustomerEmail) ? null : order.CustomerEmail,
            SuccessUrl = urls.SuccessUrl,
            CancelUrl = urls.CancelUrlFor(order.Number),
            ExpiresAt = order.CheckoutExpiresAt,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata },
            ShippingAddressCollection = ships
                ? new SessionShippingAddressCollectionOptions { AllowedCountries = [.. shipping.Value.AllowedCountries] }
                : null,
            ShippingOptions = ships ? [.. shipping.Value.Rates.Select(rate => Option(rate, order, taxBehavior))] : null,
            AutomaticTax = tax.Value.Mode == TaxMode.Stripe ? new SessionAutomaticTaxOptions { Enabled = true } : null,
            AllowPromotionCodes = checkout.Value.AllowPromotionCodes ? true : null,
            PhoneNumberCollection = checkout.Value.CollectPhoneNumber ? new SessionPhoneNumberCollectionOptions { Enabled = true } : null,
        };
    }

    private static SessionShippingOptionOptions Option(ShippingRateOption rate, Order order, string? taxBehavior) => new()
    {
        ShippingRateData = new SessionShippingOptionShippingRateDataOptions
        {
            Type = "fixed_amount",
            DisplayName = rate.Name,
            FixedAmount = new SessionShippingOptionShippingRateDataFixedAmountOptions
            {
                Amount = rate.AmountFor(order.Subtotal),
                Currency = order.Currency,
            },
            TaxBehavior = taxBehavior,
            DeliveryEstimate = rate.MinDays is null && rate.MaxDays is null
                ? null
                : new SessionShippingOptionShippingRateDataDeliveryEstimateOptions
                {
                    Minimum = rate.MinDays is { } min
                        ? new SessionShippingOptionShippingRateDataDeliveryEstimateMinimumOptions { Unit = "business_day", Value = min }
                        : null,
                    Maximum = rate.MaxDays is { } max
                        ? new SessionShippingOptionShippingRateDataDeliveryEstimateMaximumOptions { Unit = "business_day", Value = max }
                        : null,
                },
            Metadata = new Dictionary<string, string> { ["rate_id"] = rate.Id },
        },
    };
}
