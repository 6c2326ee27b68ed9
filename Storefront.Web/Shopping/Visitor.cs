using Storefront.Web.Cart;

namespace Storefront.Web.Shopping;

/// <summary>
/// The visitor as the server saw the page request: the cart its cookie names and the address of its connection.
/// Interactive components receive it as a parameter, which the server renders into the page protected by Data
/// Protection, so the browser cannot change it. Who is signed in is deliberately not part of it.
/// </summary>
public sealed record Visitor(Guid CartId, string? ClientAddress)
{
    public static Visitor From(HttpContext context) =>
        new(context.GetCartId(), context.Connection.RemoteIpAddress?.ToString());
}
