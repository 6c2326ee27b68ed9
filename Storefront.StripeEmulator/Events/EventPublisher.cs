using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Hosting;
using Storefront.StripeEmulator.State;
using Storefront.StripeEmulator.Webhooks;

namespace Storefront.StripeEmulator.Events;

/// <summary>Records an event for a state change and hands it to webhook delivery. Callers hold the store's lock.</summary>
public sealed class EventPublisher(
    EmulatorStore store, WebhookDispatcher dispatcher, IOptions<StripeEmulatorOptions> options, TimeProvider time)
{
    /// <summary>The API version that moved a session's <c>shipping_details</c> to <c>collected_information</c>.</summary>
    private const string CollectedInformationSince = "2025-03-31";

    public StripeEvent Publish(string type, JsonObject dataObject)
    {
        if (string.CompareOrdinal(options.Value.ApiVersion, CollectedInformationSince) < 0
            && (string?)dataObject["object"] == "checkout.session")
        {
            // An endpoint on an older version gets the session as that version wrote it.
            dataObject["shipping_details"] = dataObject["collected_information"]?["shipping_details"]?.DeepClone();
        }

        var id = Ids.New("evt");
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        var json = new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = options.Value.ApiVersion,
            ["created"] = created,
            ["data"] = new JsonObject { ["object"] = dataObject },
            ["livemode"] = false,
            ["pending_webhooks"] = options.Value.WebhookEndpoints.Count,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        };
        var stripeEvent = new StripeEvent(
            id, type, created, (string)dataObject["id"]!, json.ToJsonString(StripeJson.Options));
        store.Events.Add(stripeEvent);
        dispatcher.Enqueue(stripeEvent);
        return stripeEvent;
    }
}
