using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Storefront.Web.Account;

/// <summary>
/// What Auth0's ASP.NET Core SDK sets up, written out with the framework's own OpenID Connect handler:
/// the code flow with PKCE and the client secret, the callback at <c>/callback</c>, roles from a namespaced
/// claim, and sign-out through Auth0's <c>/v2/logout</c>.
/// </summary>
public static class Auth0OpenIdConnect
{
    public static void Configure(OpenIdConnectOptions options, Auth0Options auth0)
    {
        options.Authority = auth0.EffectiveAuthority;
        options.RequireHttpsMetadata = new Uri(auth0.EffectiveAuthority).Scheme == Uri.UriSchemeHttps;
        options.ClientId = auth0.ClientId;
        options.ClientSecret = auth0.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;

        // The code comes back on a top-level GET rather than a cross-site form post, so the Lax cookies (the
        // guest's cart, the correlation and nonce cookies) arrive with it and the guest cart can be merged.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.CallbackPath = AccountPaths.Callback;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("email");

        // A refresh token, kept in the server's sign-in session, lets the store ask Auth0 for the user's current roles.
        options.Scope.Add("offline_access");
        options.SaveTokens = true;
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = auth0.RolesClaim;
        options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        options.Events = new OpenIdConnectEvents
        {
            OnRedirectToIdentityProvider = context =>
            {
                if (!string.IsNullOrWhiteSpace(auth0.Audience))
                {
                    context.ProtocolMessage.SetParameter("audience", auth0.Audience);
                }

                return Task.CompletedTask;
            },
            OnRedirectToIdentityProviderForSignOut = context =>
            {
                var request = context.Request;
                var returnTo = $"{request.Scheme}://{request.Host}{request.PathBase}{AccountPaths.SafeReturnUrl(context.Properties.RedirectUri)}";
                context.Response.Redirect(auth0.LogoutUrl(returnTo));
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }
}
