namespace Storefront.Core.Checkout;

/// <summary>A shopper asking to pay for their cart. The email and user are known only when signed in.</summary>
public sealed record CheckoutRequest(Guid CartId, string? CustomerEmail, string? UserId, CheckoutUrls Urls);
