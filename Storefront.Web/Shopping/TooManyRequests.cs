using Microsoft.AspNetCore.Http.HttpResults;

namespace Storefront.Web.Shopping;

/// <summary>429 with <c>Retry-After</c> and a page that says when to try again, for a rate-limited form post.</summary>
public static class TooManyRequests
{
    public static IResult For(HttpContext context, RateLimitedException refused)
    {
        context.Response.Headers.RetryAfter = refused.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new RazorComponentResult<TooManyRequestsPage>(new { refused.RetryAfterSeconds })
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
        };
    }
}
