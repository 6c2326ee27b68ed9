using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Storefront.Core.SignIn;
using Storefront.Web.Account.Sessions;

namespace Storefront.Web.Account;

public static class AccountHostingExtensions
{
    /// <summary>
    /// A cookie keeps the shopper signed in; Auth0, through OpenID Connect, signs them in. Every challenge goes
    /// to <c>/account/login</c>, which picks Auth0 or, on a Development machine without it, the development page.
    /// </summary>
    public static WebApplicationBuilder AddStorefrontAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<Auth0Options>().Bind(builder.Configuration.GetSection(Auth0Options.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Auth0Options>, Auth0OptionsValidator>();
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddScoped<CartSignInMerge>();
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<ProviderGrantProtector>();
        services.AddSingleton<Auth0RoleRefresher>();
        services.AddScoped<SignInSessionValidator>();
        services.AddScoped<AccountCookieEvents>();
        services.AddScoped<AuthenticationStateProvider, SignInSessionRevalidation>();

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = ".Storefront.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = AccountPaths.Login;
                options.AccessDeniedPath = AccountPaths.AccessDenied;
                options.ReturnUrlParameter = "returnUrl";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.EventsType = typeof(AccountCookieEvents);
            });

        var auth0 = builder.Configuration.GetSection(Auth0Options.Section).Get<Auth0Options>() ?? new Auth0Options();
        if (auth0.IsConfigured)
        {
            authentication.AddOpenIdConnect(AccountSchemes.Auth0, options => Auth0OpenIdConnect.Configure(options, auth0));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(StorefrontPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(StorefrontRoles.Admin));
        services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapAccountEndpoints();
        if (app.Environment.IsDevelopment() && !app.Services.GetRequiredService<IOptions<Auth0Options>>().Value.IsConfigured)
        {
            app.MapDevSignIn();
        }

        return app;
    }
}
