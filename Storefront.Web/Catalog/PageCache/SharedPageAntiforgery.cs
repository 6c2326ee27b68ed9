using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Storefront.Web.Catalog.PageCache;

/// <summary>
/// Antiforgery as usual, except that a page the output cache keeps gets no tokens: Blazor asks for them on every page it
/// renders, and they would put a cookie and <c>no-store</c> on a response meant for everyone. Such pages post only to
/// endpoints that check where the post comes from instead (<c>SameOriginFilter</c>).
/// </summary>
public sealed class SharedPageAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsSharedPage(httpContext) ? NoTokens : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        IsSharedPage(httpContext) ? NoTokens : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool IsSharedPage(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is not null;

    private AntiforgeryTokenSet NoTokens => new(null, null, options.Value.FormFieldName, options.Value.HeaderName);
}
