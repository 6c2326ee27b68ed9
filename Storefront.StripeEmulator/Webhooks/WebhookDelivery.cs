using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Hosting;

namespace Storefront.StripeEmulator.Webhooks;

/// <summary>One event on its way to one endpoint; <paramref name="Attempt"/> counts from 1.</summary>
public sealed record WebhookDelivery(StripeEvent Event, WebhookEndpointOptions Endpoint, int Attempt);
