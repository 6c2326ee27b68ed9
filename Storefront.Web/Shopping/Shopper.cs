using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Storefront.Web.Account;

namespace Storefront.Web.Shopping;

/// <summary>
/// Whoever performs a shopper action: their cart, their connection's address and, when signed in, their user id and
/// email. Built only from what the server knows: the request's authenticated user on an endpoint, the circuit's
/// authentication state in a component.
/// </summary>
public sealed record Shopper(Guid CartId, string? ClientAddress, string? UserId, string? Email)
{
    public static Shopper From(HttpContext context) => Of(Visitor.From(context), context.User);

    public static async Task<Shopper> InCircuitAsync(Visitor visitor, AuthenticationStateProvider authentication) =>
        Of(visitor, (await authentication.GetAuthenticationStateAsync()).User);

    private static Shopper Of(Visitor visitor, ClaimsPrincipal user) =>
        new(visitor.CartId, visitor.ClientAddress, user.UserId(), user.Email());
}
