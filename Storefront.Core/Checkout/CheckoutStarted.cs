namespace Storefront.Core.Checkout;

/// <summary>The order that is being paid and the Stripe page to send the shopper to.</summary>
public sealed record CheckoutStarted(string OrderNumber, string PaymentUrl);
