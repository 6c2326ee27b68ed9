using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.PaymentIntents;

public static class ChargeEndpoints
{
    public static void MapCharges(this IEndpointRouteBuilder api) =>
        api.MapGet("/v1/charges/{id}", ApiEndpoint.Handle(Retrieve));

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var store = request.Http.RequestServices.GetRequiredService<EmulatorStore>();
        var expand = request.Expand("refunds");
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            if (!store.Charges.TryGetValue(request.RouteId, out var charge))
            {
                throw StripeApiException.NoSuch("charge", request.RouteId);
            }

            // The store keeps refunds in the order they were made; Stripe lists the newest first.
            var refunds = expand.Contains("refunds") ? store.Refunds.Values.Where(r => r.ChargeId == charge.Id).Reverse().ToList() : null;
            return ApiResponse.Ok(ChargeJson.Write(charge, refunds));
        }
    }
}
