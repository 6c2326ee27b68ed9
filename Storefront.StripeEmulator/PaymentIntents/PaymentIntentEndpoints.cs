using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.PaymentIntents;

public static class PaymentIntentEndpoints
{
    public static void MapPaymentIntents(this IEndpointRouteBuilder api) =>
        api.MapGet("/v1/payment_intents/{id}", ApiEndpoint.Handle(Retrieve));

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var store = request.Http.RequestServices.GetRequiredService<EmulatorStore>();
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return store.PaymentIntents.TryGetValue(request.RouteId, out var intent)
                ? ApiResponse.Ok(PaymentIntentJson.Write(intent))
                : throw StripeApiException.NoSuch("payment_intent", request.RouteId);
        }
    }
}
