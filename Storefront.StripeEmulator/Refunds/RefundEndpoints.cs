using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Refunds;

public static class RefundEndpoints
{
    private static readonly string[] Reasons = ["duplicate", "fraudulent", "requested_by_customer"];

    public static void MapRefunds(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/refunds", ApiEndpoint.Handle(Create));
        api.MapGet("/v1/refunds/{id}", ApiEndpoint.Handle(Retrieve));
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var services = request.Http.RequestServices;
        var form = request.Parameters;
        var paymentIntentId = form.String("payment_intent");
        var amount = form.Long("amount");
        var reason = form.String("reason");
        var metadata = form.Map("metadata");
        request.Expand();
        form.EnsureNoneUnknown();
        if (paymentIntentId is null)
        {
            throw StripeApiException.Missing("payment_intent");
        }

        if (reason is not null && !Reasons.Contains(reason))
        {
            throw StripeApiException.Invalid("reason", $"Invalid reason: must be one of {string.Join(", ", Reasons)}");
        }

        if (amount is <= 0)
        {
            throw StripeApiException.Invalid("amount", "Refund amount must be a positive integer.", "parameter_invalid_integer");
        }

        var refund = services.GetRequiredService<RefundFlow>().Create(paymentIntentId, amount, reason, metadata);
        return ApiResponse.Ok(RefundJson.Write(refund));
    }

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var store = request.Http.RequestServices.GetRequiredService<EmulatorStore>();
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return store.Refunds.TryGetValue(request.RouteId, out var refund)
                ? ApiResponse.Ok(RefundJson.Write(refund))
                : throw StripeApiException.NoSuch("refund", request.RouteId);
        }
    }
}
