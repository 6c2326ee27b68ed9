using Storefront.Core.Orders;
using Stripe.Checkout;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// A second Checkout Session for an order the store already started one for, as a session the store lost track of
/// (created just before a crash) would be: same order, same amount.
/// </summary>
public static class StraySessions
{
    public static async Task<string> CreateAsync(StoreHarness store, Order order) =>
        (await new SessionService(store.Stripe).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = order.Currency,
                        UnitAmount = order.Total,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = "Enamel Camp Mug" },
                    },
                },
            ],
            Metadata = new Dictionary<string, string> { ["order_id"] = order.Id.ToString() },
            ClientReferenceId = order.Id.ToString(),
            SuccessUrl = new Uri(store.BaseUri, "checkout/success?session_id={CHECKOUT_SESSION_ID}").ToString(),
        })).Id;
}
