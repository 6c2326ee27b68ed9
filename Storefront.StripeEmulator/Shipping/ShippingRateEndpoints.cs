using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Shipping;

/// <summary><c>/v1/shipping_rates</c>: create, retrieve, update (<c>active</c>, <c>metadata</c>) and list.</summary>
public static class ShippingRateEndpoints
{
    public static void MapShippingRates(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/shipping_rates", ApiEndpoint.Handle(Create));
        api.MapGet("/v1/shipping_rates", ApiEndpoint.Handle(List));
        api.MapGet("/v1/shipping_rates/{id}", ApiEndpoint.Handle(Retrieve));
        api.MapPost("/v1/shipping_rates/{id}", ApiEndpoint.Handle(Update));
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var (store, time) = Services(request);
        var rate = ShippingRateParameters.Read(request.Parameters, "", time.GetUtcNow().ToUnixTimeSeconds());
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            store.ShippingRates[rate.Id] = rate;
            return ApiResponse.Ok(ShippingRateJson.Write(rate));
        }
    }

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var (store, _) = Services(request);
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return ApiResponse.Ok(ShippingRateJson.Write(Find(store, request.RouteId, "id")));
        }
    }

    private static ApiResponse Update(ApiRequest request)
    {
        var (store, _) = Services(request);
        var form = request.Parameters;
        var active = form.Bool("active");
        var metadata = form.Map("metadata");
        request.Expand();
        form.EnsureNoneUnknown();
        lock (store.Sync)
        {
            var rate = Find(store, request.RouteId, "id");
            rate.Active = active ?? rate.Active;
            if (metadata.Count > 0)
            {
                rate.Metadata = rate.Metadata.Concat(metadata).GroupBy(p => p.Key)
                    .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            }

            return ApiResponse.Ok(ShippingRateJson.Write(rate));
        }
    }

    private static ApiResponse List(ApiRequest request)
    {
        var (store, _) = Services(request);
        var form = request.Parameters;
        var active = form.Bool("active");
        var currency = form.String("currency")?.ToLowerInvariant();
        var limit = form.Long("limit") ?? 10;
        request.Expand();
        form.EnsureNoneUnknown();
        lock (store.Sync)
        {
            var matching = store.ShippingRates.Values
                .Where(r => (active is null || r.Active == active) && (currency is null || r.Currency == currency))
                .Reverse()
                .ToList();
            var list = StripeJson.List("/v1/shipping_rates", matching.Take((int)limit).Select(ShippingRateJson.Write));
            list["has_more"] = matching.Count > limit;
            return ApiResponse.Ok(list);
        }
    }

    /// <summary>The rate with that id; callers hold the store's lock.</summary>
    public static ShippingRate Find(EmulatorStore store, string id, string param) =>
        store.ShippingRates.TryGetValue(id, out var rate) ? rate : throw StripeApiException.NoSuch("shipping_rate", id, param);

    private static (EmulatorStore, TimeProvider) Services(ApiRequest request) =>
        (request.Http.RequestServices.GetRequiredService<EmulatorStore>(),
            request.Http.RequestServices.GetRequiredService<TimeProvider>());
}
