using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// <c>POST /v1/payment_pages/{id}/confirm</c>: what Stripe's hosted page calls to pay, so a test can pay a session
/// through the API without a browser. A declined card is Stripe's 402 <c>card_error</c>.
/// </summary>
public static class PaymentPageEndpoints
{
    public static void MapPaymentPages(this IEndpointRouteBuilder api) =>
        api.MapPost("/v1/payment_pages/{id}/confirm", ApiEndpoint.Handle(Confirm));

    private static ApiResponse Confirm(ApiRequest request)
    {
        var services = request.Http.RequestServices;
        var form = request.Parameters;
        var email = form.Required("email");
        var type = form.Required("payment_method_data[type]");
        var attempt = type switch
        {
            "card" => new PaymentAttempt(email, form.Required("payment_method_data[card][number]"), null),
            "sepa_debit" => new PaymentAttempt(email, null, form.Required("payment_method_data[sepa_debit][iban]")),
            _ => throw StripeApiException.Invalid("payment_method_data[type]", $"The emulator pays by card or sepa_debit, not '{type}'."),
        };
        form.String("payment_method_data[card][exp_month]");
        form.String("payment_method_data[card][exp_year]");
        form.String("payment_method_data[card][cvc]");
        form.EnsureNoneUnknown();

        var flow = services.GetRequiredService<CheckoutFlow>();
        var store = services.GetRequiredService<EmulatorStore>();
        lock (store.Sync)
        {
            var error = flow.Pay(request.RouteId, attempt);
            var session = flow.Find(request.RouteId);
            if (error is null)
            {
                return ApiResponse.Ok(CheckoutSessionJson.Write(session, store));
            }

            var status = error.Type == "card_error" ? 402 : 400;
            var response = ApiResponse.Error(new StripeApiException(status, error.Type, error.Code, error.Message, null, error.DeclineCode));
            response.Body["error"]!["payment_intent"] = session.PaymentIntentId is { } id
                ? PaymentIntentJson.Write(store.PaymentIntents[id])
                : null;
            return response;
        }
    }
}
