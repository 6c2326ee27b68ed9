using Storefront.Core.Orders;
using Stripe.Checkout;

namespace Storefront.Core.Checkout;

/// <summary>
/// The Checkout Session for one payment attempt of an order. Everything in it comes from the order as stored,
/// so a retry with the attempt's idempotency key sends exactly the same request.
/// </summary>
public static class CheckoutSessionRequest
{
    public static SessionCreateOptions For(Order order, CheckoutUrls urls)
    {
        var metadata = new Dictionary<string, string> { ["order_id"] = order.Id.ToString(), ["order_number"] = order.Number };
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
        };
    }
}
