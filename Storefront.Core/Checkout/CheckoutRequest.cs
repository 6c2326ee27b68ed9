namespace Storefront.Core.Checkout;

/// <summary>
/// A shopper asking to pay for their cart. The email and user are known only when signed in; the client address
/// (the connection's, never a header) is null only when the host cannot tell, and then only the cart's cap applies.
/// </summary>
public sealed record CheckoutRequest(Guid CartId, string? CustomerEmail, string? UserId, string? ClientAddress = null);
