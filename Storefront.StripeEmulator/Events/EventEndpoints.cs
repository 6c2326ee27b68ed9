using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Events;

/// <summary><c>GET /v1/events/{id}</c>, so a webhook handler can re-fetch an event as Stripe advises.</summary>
public static class EventEndpoints
{
    public static void MapEvents(this IEndpointRouteBuilder api) =>
        api.MapGet("/v1/events/{id}", ApiEndpoint.Handle(Retrieve));

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var store = request.Http.RequestServices.GetRequiredService<EmulatorStore>();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            var found = store.Events.Find(e => e.Id == request.RouteId)
                ?? throw StripeApiException.NoSuch("event", request.RouteId);
            return ApiResponse.Ok(JsonNode.Parse(found.Payload)!.AsObject());
        }
    }
}
