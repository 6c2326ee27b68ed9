using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Storefront.Web.Account;

namespace Storefront.Web.Catalog.PageCache;

/// <summary>
/// The output cache policy "Catalog": a page that is the same for every visitor, kept per path and per the query keys
/// that change it, under <see cref="CatalogCacheTags"/>. Only a 200 without cookies is kept, and staff always get a
/// fresh render, so what they just changed is what they see.
/// </summary>
public sealed class CatalogPagePolicy(IOptions<PageCacheOptions> options) : IOutputCachePolicy
{
    public const string Name = "Catalog";

    /// <summary>The query keys a catalog page reads; any other (a campaign's <c>utm_…</c>) shares the page without them.</summary>
    private static readonly string[] QueryKeys = ["category", "q", "problem", "product"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.Value.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !context.HttpContext.User.IsInRole(StorefrontRoles.Admin);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Value.Duration;
        context.CacheVaryByRules.QueryKeys = QueryKeys;
        context.Tags.Add(CatalogCacheTags.All);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
