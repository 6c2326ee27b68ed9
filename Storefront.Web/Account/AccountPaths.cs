using Storefront.Web.Hosting;

namespace Storefront.Web.Account;

public static class AccountPaths
{
    public const string Login = "/account/login";
    public const string Logout = "/account/logout";
    public const string LogoutEverywhere = "/account/logout-everywhere";
    public const string DevSignIn = "/account/dev-signin";
    public const string AccessDenied = "/account/access-denied";
    public const string Orders = "/account/orders";
    public const string Callback = "/callback";

    /// <summary>Where to go after signing in or out: the asked-for page when it is ours, else the home page.</summary>
    public static string SafeReturnUrl(string? returnUrl) => LocalUrl.IsLocal(returnUrl) ? returnUrl! : "/";

    /// <summary>
    /// The header's "Sign in" link names no page, so that a page's own address (a 404's, a guest link's token)
    /// is never repeated in it; the page the shopper came from is read from the Referer instead, path only.
    /// </summary>
    public static string? RefererPath(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? referer.AbsolutePath
            : null;
}
