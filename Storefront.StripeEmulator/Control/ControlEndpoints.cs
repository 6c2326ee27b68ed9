using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Hosting;
using Storefront.StripeEmulator.Refunds;
using Storefront.StripeEmulator.State;
using Storefront.StripeEmulator.Webhooks;

namespace Storefront.StripeEmulator.Control;

/// <summary>
/// The test-only control API under <c>/_emulator</c>, in the spirit of the Stripe CLI's trigger and resend:
/// trigger and inspect events and delivery attempts, redeliver, hold and release deliveries, expire or settle a
/// session now, fail a refund, answer the next reads 429.
/// </summary>
public static class ControlEndpoints
{
    public static void MapControl(this IEndpointRouteBuilder routes)
    {
        var control = routes.MapGroup("/_emulator");
        control.MapGet("/events", (EmulatorStore store, string? type) => Json(ListEvents(store, type)));
        control.MapPost("/events/{id}/deliver", DeliverAsync);
        control.MapPost("/trigger/{type}", (HttpContext context, EventTrigger trigger, EmulatorRoutes emulatorRoutes, string type) =>
            Guard(() => Json(trigger.Trigger(type, emulatorRoutes.BaseUrl(context.Request))
                .Select(e => new { e.Id, e.Type, e.Created, e.ObjectId }).ToList())));
        control.MapGet("/webhooks/attempts", (DeliveryLog log, string? @event) => Json(log.For(@event)));
        control.MapPost("/webhooks/hold", (WebhookDispatcher dispatcher) =>
        {
            dispatcher.Hold();
            return Json(Describe(dispatcher.Held()));
        });
        control.MapGet("/webhooks/held", (WebhookDispatcher dispatcher) => Json(Describe(dispatcher.Held())));
        control.MapPost("/webhooks/release", (WebhookDispatcher dispatcher, [FromQuery(Name = "event")] string[] events) =>
            Json(Describe(dispatcher.Release(events))));
        control.MapPost("/webhooks/resume", (WebhookDispatcher dispatcher) => Json(Describe(dispatcher.Resume())));
        control.MapPost("/checkout/sessions/{id}/expire", (CheckoutFlow flow, EmulatorStore store, string id) =>
            Guard(() => Session(store, flow.Expire(id))));
        control.MapPost("/checkout/sessions/{id}/settle", (CheckoutFlow flow, EmulatorStore store, string id) =>
            Guard(() => Session(store, flow.Settle(id))));
        control.MapPost("/rate-limit", (ReadRateLimit limit, int reads, [FromQuery(Name = "retry_after")] int? retryAfter) =>
        {
            if (reads < 0 || retryAfter < 0)
            {
                return Error(StripeApiException.Invalid(reads < 0 ? "reads" : "retry_after", "reads and retry_after must be zero or more."));
            }

            limit.Arm(reads, retryAfter ?? 1);
            return Json(new { Remaining = limit.Remaining });
        });
        control.MapGet("/rate-limit", (ReadRateLimit limit) => Json(new { Remaining = limit.Remaining }));
        control.MapPost("/refunds/{id}/fail", (RefundFlow refunds, string id, [FromQuery(Name = "failure_reason")] string? failureReason) =>
            Guard(() => Results.Text(RefundJson.Write(refunds.Fail(id, failureReason)).ToJsonString(StripeJson.Options), "application/json")));
    }

    /// <summary>Resends an event to every endpoint, <paramref name="count"/> times, one after another or all at once.</summary>
    private static async Task<IResult> DeliverAsync(
        EmulatorStore store, WebhookSender sender, IOptions<StripeEmulatorOptions> options,
        string id, int? count, bool? concurrent, CancellationToken cancellation)
    {
        StripeEvent? found;
        lock (store.Sync)
        {
            found = store.Events.Find(e => e.Id == id);
        }

        if (found is null)
        {
            return Error(StripeApiException.NoSuch("event", id));
        }

        var sends = Enumerable.Range(0, count ?? 1)
            .SelectMany(_ => options.Value.WebhookEndpoints)
            .Select(endpoint => (Func<Task<DeliveryAttempt>>)(() => sender.SendAsync(found, endpoint, 1, "manual", cancellation)))
            .ToList();
        var attempts = new List<DeliveryAttempt>();
        if (concurrent == true)
        {
            attempts.AddRange(await Task.WhenAll(sends.Select(send => Task.Run(send, cancellation))));
        }
        else
        {
            foreach (var send in sends)
            {
                attempts.Add(await send());
            }
        }

        return Json(attempts);
    }

    private static IEnumerable<object> ListEvents(EmulatorStore store, string? type)
    {
        lock (store.Sync)
        {
            return store.Events.Where(e => type is null || e.Type == type)
                .Select(e => new { e.Id, e.Type, e.Created, e.ObjectId })
                .ToList();
        }
    }

    private static IEnumerable<object> Describe(IEnumerable<WebhookDelivery> deliveries) =>
        deliveries.Select(d => new { EventId = d.Event.Id, EventType = d.Event.Type, d.Endpoint.Url, d.Attempt }).ToList();

    private static IResult Session(EmulatorStore store, CheckoutSession session)
    {
        lock (store.Sync)
        {
            return Results.Text(CheckoutSessionJson.Write(session, store).ToJsonString(StripeJson.Options), "application/json");
        }
    }

    private static IResult Guard(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (StripeApiException error)
        {
            return Error(error);
        }
    }

    private static IResult Error(StripeApiException error)
    {
        var response = ApiResponse.Error(error);
        return Results.Text(response.Body.ToJsonString(StripeJson.Options), "application/json", statusCode: response.StatusCode);
    }

    private static IResult Json(object value) => Results.Json(value, ControlJson.Options);
}
