namespace Storefront.Web.Security;

/// <summary>
/// The headers every response carries. Blazor Server needs no inline or evaluated script: its only scripts are
/// files of this site, and its circuit is a WebSocket to this origin, which <c>'self'</c> covers. Styles may be
/// inline because components set <c>style</c> attributes (the revenue chart) and the emulator's pages embed theirs.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>Query keys whose value lets its holder in (a guest link, a Checkout Session): never sent on to another site.</summary>
    private static readonly string[] TokenKeys = ["token", "session_id"];

    /// <summary>Pages about one person (and the CSV of every customer, and the visitor's own state): a shared cache must never keep them.</summary>
    private static readonly PathString[] PrivatePaths = ["/admin", "/account", "/orders", "/checkout/success", "/api", "/me"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Referrer-Policy"] = TokenKeys.Any(context.Request.Query.ContainsKey) ? "no-referrer" : "strict-origin-when-cross-origin";
        if (PrivatePaths.Any(path => context.Request.Path.StartsWithSegments(path)))
        {
            headers.CacheControl = "no-store";
        }
    }
}
