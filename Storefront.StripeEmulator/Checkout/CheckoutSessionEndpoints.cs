using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

public static class CheckoutSessionEndpoints
{
    private static readonly string[] Expandable = CheckoutSessionJson.Expandable;

    public static void MapCheckoutSessions(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/checkout/sessions", ApiEndpoint.Handle(Create));
        api.MapGet("/v1/checkout/sessions/{id}", ApiEndpoint.Handle(Retrieve));
        api.MapGet("/v1/checkout/sessions/{id}/line_items", ApiEndpoint.Handle(LineItems));
        api.MapPost("/v1/checkout/sessions/{id}/expire", ApiEndpoint.Handle(Expire));
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var (store, _, time) = Services(request);
        var expand = request.Expand(Expandable);
        lock (store.Sync)
        {
            var session = CreateSessionParameters.Read(
                request.Parameters, time.GetUtcNow().ToUnixTimeSeconds(), request.EmulatorBaseUrl, store);
            request.Parameters.EnsureNoneUnknown();
            foreach (var rate in session.ShippingOptions)
            {
                store.ShippingRates.TryAdd(rate.Id, rate);
            }

            store.AddSession(session);
            return ApiResponse.Ok(CheckoutSessionJson.Write(session, store, expand));
        }
    }

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var (store, flow, _) = Services(request);
        var expand = request.Expand(Expandable);
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return ApiResponse.Ok(CheckoutSessionJson.Write(flow.Find(request.RouteId), store, expand));
        }
    }

    private static ApiResponse LineItems(ApiRequest request)
    {
        var (store, flow, _) = Services(request);
        var limit = request.Parameters.Long("limit") ?? 10;
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            var list = CheckoutSessionJson.LineItems(flow.Find(request.RouteId));
            var data = list["data"]!.AsArray();
            list["has_more"] = data.Count > limit;
            while (data.Count > limit)
            {
                data.RemoveAt(data.Count - 1);
            }

            return ApiResponse.Ok(list);
        }
    }

    private static ApiResponse Expire(ApiRequest request)
    {
        var (store, flow, _) = Services(request);
        var expand = request.Expand(Expandable);
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return ApiResponse.Ok(CheckoutSessionJson.Write(flow.Expire(request.RouteId), store, expand));
        }
    }

    private static (EmulatorStore, CheckoutFlow, TimeProvider) Services(ApiRequest request)
    {
        var services = request.Http.RequestServices;
        return (services.GetRequiredService<EmulatorStore>(), services.GetRequiredService<CheckoutFlow>(),
            services.GetRequiredService<TimeProvider>());
    }
}
