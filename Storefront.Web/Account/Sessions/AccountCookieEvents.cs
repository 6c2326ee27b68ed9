using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Storefront.Core.SignIn;

namespace Storefront.Web.Account.Sessions;

/// <summary>
/// Ties the sign-in cookie to a server-side <see cref="SignInSession"/>: signing in starts one (keeping the refresh
/// token on the server, not in the cookie), each request checks it once its roles are older than the interval, and
/// signing out revokes it, so a copied cookie stops working too.
/// </summary>
public sealed class AccountCookieEvents(
    SignInSessions sessions, SignInSessionValidator validator, ProviderGrantProtector grants, CartSignInMerge carts,
    IOptions<AuthOptions> options) : CookieAuthenticationEvents
{
    private const string ValidatedAtItem = ".storefront.validated";

    public override async Task SigningIn(CookieSigningInContext context)
    {
        var user = context.Principal!;
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        var session = await sessions.StartAsync(user.UserId()!, user.Roles(), grants.Protect(refreshToken), context.HttpContext.RequestAborted);

        // The tokens stay on the server; the cookie names the session.
        context.Properties.StoreTokens([]);
        ((ClaimsIdentity)user.Identity!).AddClaim(new Claim(SessionClaims.SessionIdType, session.Id.ToString()));
        Stamp(context.Properties, session.LastValidatedAt);
        await base.SigningIn(context);
    }

    public override async Task SignedIn(CookieSignedInContext context)
    {
        await carts.MergeAsync(context.HttpContext, context.Principal);
        await base.SignedIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var user = context.Principal!;
        if (user.SessionId() is not { } sessionId)
        {
            // A cookie from before sign-in sessions existed, or not of ours: it names nothing that can be revoked.
            await RejectAsync(context);
            return;
        }

        if (StampOf(context.Properties) is { } validatedAt && sessions.Now - validatedAt < options.Value.RevalidateInterval)
        {
            return;
        }

        var check = await validator.CheckAsync(sessionId, context.HttpContext.RequestAborted);
        if (!check.IsActive)
        {
            await RejectAsync(context);
            return;
        }

        context.ReplacePrincipal(user.WithRoles(check.Roles));
        Stamp(context.Properties, check.ValidatedAt);
        context.ShouldRenew = true;
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.SessionId() is { } sessionId)
        {
            await sessions.RevokeAsync(sessionId, context.HttpContext.RequestAborted);
        }

        await base.SigningOut(context);
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    private static void Stamp(AuthenticationProperties properties, DateTime validatedAt) =>
        properties.Items[ValidatedAtItem] = validatedAt.ToString("O", CultureInfo.InvariantCulture);

    private static DateTime? StampOf(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(ValidatedAtItem, out var value)
        && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
}
