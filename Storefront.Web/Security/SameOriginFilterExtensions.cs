namespace Storefront.Web.Security;

public static class SameOriginFilterExtensions
{
    /// <summary>
    /// For a post that cached pages make: <see cref="SameOriginFilter"/> instead of an antiforgery token, which such a
    /// page cannot carry.
    /// </summary>
    public static RouteHandlerBuilder RequireSameOrigin(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<SameOriginFilter>().DisableAntiforgery();
}
