using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Storefront.Core.SignIn;
using Storefront.StripeEmulator.Hosting;
using Storefront.Web.Cart;
using Storefront.Web.Hosting;

namespace Storefront.Web.Account;

/// <summary>Sign-in and sign-out are plain HTTP endpoints: they set cookies and redirect, which a circuit cannot do.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AccountPaths.Login, (HttpContext context, IOptions<Auth0Options> auth0, [FromQuery] string? returnUrl) =>
        {
            var target = AccountPaths.SafeReturnUrl(returnUrl ?? AccountPaths.RefererPath(context.Request));
            if (context.User.IsSignedIn())
            {
                return Results.LocalRedirect(target);
            }

            return auth0.Value.IsConfigured
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [AccountSchemes.Auth0])
                : Results.LocalRedirect($"{AccountPaths.DevSignIn}?returnUrl={Uri.EscapeDataString(target)}");
        });

        endpoints.MapPost(AccountPaths.Logout, (HttpContext context, IOptions<Auth0Options> auth0, [FromForm] string? returnUrl) =>
            SignOutAsync(context, auth0.Value, returnUrl));

        // Every other browser's session is revoked, and so stops working within Auth:RevalidateInterval; this one signs out now.
        endpoints.MapPost(AccountPaths.LogoutEverywhere, async (HttpContext context, SignInSessions sessions, IOptions<Auth0Options> auth0) =>
        {
            if (context.User.UserId() is { } userId)
            {
                await sessions.RevokeAllAsync(userId, context.RequestAborted);
            }

            return await SignOutAsync(context, auth0.Value, "/");
        });

        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, Auth0Options auth0, string? returnUrl)
    {
        // The cart is the signed-in shopper's; the next person at this browser starts a cart of their own.
        context.Response.Cookies.Delete(CartCookie.Name);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var target = AccountPaths.SafeReturnUrl(returnUrl);
        return auth0.IsConfigured
            ? Results.SignOut(new AuthenticationProperties { RedirectUri = target }, [AccountSchemes.Auth0])
            : Results.LocalRedirect(target);
    }

    /// <summary>
    /// <c>POST /account/dev-signin</c>: signs in as one of the <see cref="DevUser"/> accounts. Mapped only in
    /// Development without Auth0, so in any other set-up the path does not exist, and it answers only this machine.
    /// </summary>
    public static IEndpointRouteBuilder MapDevSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.DevSignIn, async (HttpContext context, IOptions<Auth0Options> auth0,
            [FromForm] string? account, [FromForm] string? returnUrl) =>
        {
            if (DevUser.Find(account) is not { } user)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown development account.",
                    detail: $"Choose one of: {string.Join(", ", DevUser.All.Select(u => u.Key))}.");
            }

            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user.ToPrincipal(auth0.Value.RolesClaim));
            return Results.LocalRedirect(AccountPaths.SafeReturnUrl(returnUrl));
        }).RequireLoopback();
        return endpoints;
    }
}
