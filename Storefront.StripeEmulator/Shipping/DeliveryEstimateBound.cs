namespace Storefront.StripeEmulator.Shipping;

/// <summary>One end of a delivery estimate: <c>unit</c> (hour, day, business_day, week, month) and a positive <c>value</c>.</summary>
public sealed record DeliveryEstimateBound(string Unit, long Value);
