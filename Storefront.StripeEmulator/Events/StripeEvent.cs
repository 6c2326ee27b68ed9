namespace Storefront.StripeEmulator.Events;

/// <summary>An event as sent: its JSON is fixed when it happens, so every delivery carries the same bytes.</summary>
public sealed record StripeEvent(string Id, string Type, long Created, string ObjectId, string Payload);
