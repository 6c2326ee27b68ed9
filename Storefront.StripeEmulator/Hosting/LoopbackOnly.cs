using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Storefront.StripeEmulator.Hosting;

/// <summary>
/// Development endpoints (the emulator, the store's development sign-in) answer only this machine. The address is
/// the one left after the forwarded-headers middleware, so a request relayed by a trusted proxy counts as its real client's.
/// </summary>
public static class LoopbackOnly
{
    // No address means no network connection at all: an in-process test server or a Unix socket.
    public static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);

    /// <summary>Answers 403 to every request for these endpoints from another machine.</summary>
    public static TBuilder RequireLoopback<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context => IsLocal(context) ? inner(context) : RefuseAsync(context);
        });
        return builder;
    }

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync("This development endpoint answers only requests from this machine.");
    }
}
