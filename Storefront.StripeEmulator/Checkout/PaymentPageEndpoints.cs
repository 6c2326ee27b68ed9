using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// <c>POST /v1/payment_pages/{id}/confirm</c>: what Stripe's hosted page calls to pay, so a test can pay a session
/// through the API without a browser, giving what the page would collect (address, phone, shipping option,
/// promotion code). A declined card is Stripe's 402 <c>card_error</c>.
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
        var choice = new ShopperChoice(
            ShippingDetailsOf(form), form.String("phone"), form.String("shipping_rate"),
            form.String("billing_details[address][country]")?.ToUpperInvariant());
        var promotionCode = form.String("promotion_code");
        form.EnsureNoneUnknown();

        var flow = services.GetRequiredService<CheckoutFlow>();
        var choices = services.GetRequiredService<CheckoutChoices>();
        var store = services.GetRequiredService<EmulatorStore>();
        lock (store.Sync)
        {
            var open = flow.Find(request.RouteId);
            if (open.IsOpen && choices.Choose(open, choice) is { } problem)
            {
                throw StripeApiException.Invalid(problem.Param, problem.Message);
            }

            if (open.IsOpen && promotionCode is not null && choices.ApplyCode(open, promotionCode) is { } refusal)
            {
                throw StripeApiException.Invalid("promotion_code", refusal);
            }

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

    private static ShippingDetails? ShippingDetailsOf(FormParameters form)
    {
        const string address = "shipping_details[address]";
        var name = form.String("shipping_details[name]");
        var line1 = form.String($"{address}[line1]");
        var line2 = form.String($"{address}[line2]");
        var city = form.String($"{address}[city]");
        var postalCode = form.String($"{address}[postal_code]");
        var state = form.String($"{address}[state]");
        var country = form.String($"{address}[country]");
        return form.Has("shipping_details")
            ? new ShippingDetails(name ?? "", new PostalAddress(
                line1 ?? "", line2, city ?? "", postalCode ?? "", state, (country ?? "").ToUpperInvariant()))
            : null;
    }
}
