using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>Sessions shaped like the store's: two lines, order metadata, the session id in the success URL.</summary>
public static class CheckoutSamples
{
    public const string SuccessUrl = "https://shop.example/checkout/success?session_id={CHECKOUT_SESSION_ID}";
    public const string CancelUrl = "https://shop.example/cart";

    public static SessionCreateOptions Options(string currency = "usd") => new()
    {
        Mode = "payment",
        LineItems =
        [
            Line("Enamel mug", 1450, 2, currency),
            Line("Wool socks", 1900, 1, currency),
        ],
        Metadata = new Dictionary<string, string> { ["order_id"] = "ord_42" },
        ClientReferenceId = "ord_42",
        CustomerEmail = "ada@example.com",
        SuccessUrl = SuccessUrl,
        CancelUrl = CancelUrl,
        PaymentIntentData = new SessionPaymentIntentDataOptions
        {
            Metadata = new Dictionary<string, string> { ["order_id"] = "ord_42" },
        },
    };

    public static Task<Session> CreateAsync(IStripeClient client, SessionCreateOptions? options = null) =>
        new SessionService(client).CreateAsync(options ?? Options());

    /// <summary>Submits the hosted page's form as a browser would, without one.</summary>
    public static async Task<HttpResponseMessage> PayAsync(Session session, string card, string email = "ada@example.com")
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        return await http.PostAsync(session.Url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["method"] = "card", ["cardNumber"] = card, ["cardExpiry"] = "12 / 34", ["cardCvc"] = "123",
        }));
    }

    public static async Task<HttpResponseMessage> PayByBankDebitAsync(Session session, string iban)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        return await http.PostAsync(session.Url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "ada@example.com", ["method"] = "sepa_debit", ["iban"] = iban,
        }));
    }

    private static SessionLineItemOptions Line(string name, long unitAmount, long quantity, string currency) => new()
    {
        Quantity = quantity,
        PriceData = new SessionLineItemPriceDataOptions
        {
            Currency = currency,
            UnitAmount = unitAmount,
            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = name },
        },
    };
}
