using Microsoft.Extensions.Options;
using Storefront.Core.Store;

namespace Storefront.Web.Security;

/// <summary>
/// Guards a form post that cached pages make, which carry no antiforgery token because they are the same for every
/// visitor. A browser says where a request comes from: <c>Sec-Fetch-Site</c> (every current browser), else
/// <c>Origin</c>, else <c>Referer</c>, compared with <c>Store:PublicUrl</c>, never with the request's own Host, which a
/// client chooses. A post that says none of them is refused too: the browsers that send neither are old enough to
/// ignore SameSite cookies as well, so for them this check is the only protection there is.
/// </summary>
public sealed class SameOriginFilter(IOptions<StoreOptions> store) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Refusal(context.HttpContext.Request.Headers, store.Value.PublicUrl!) is { } reason
            ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused.", detail: reason)
            : await next(context);

    /// <summary>Why a post with these headers is not from the store's own pages, or null when it is.</summary>
    public static string? Refusal(IHeaderDictionary headers, string publicUrl)
    {
        var origin = OriginOf(publicUrl)!;
        var fetchSite = headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            // "none" is the shopper's own doing (a bookmark, the address bar), which no other site can trigger.
            return fetchSite is "same-origin" or "none" ? null : $"The request came from another site (Sec-Fetch-Site: {fetchSite}).";
        }

        var (header, value) = headers.Origin.ToString() is { Length: > 0 } sent ? ("Origin", sent)
            : headers.Referer.ToString() is { Length: > 0 } referer ? ("Referer", referer)
            : ("", "");
        if (header.Length == 0)
        {
            return "The request says neither where it comes from (Origin, Referer) nor Sec-Fetch-Site.";
        }

        return string.Equals(OriginOf(value), origin, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"The request came from another site ({header}: {value}).";
    }

    /// <summary>scheme://host[:port], default ports left out as browsers send them; null for "null" or anything unparsable.</summary>
    private static string? OriginOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : null;
}
