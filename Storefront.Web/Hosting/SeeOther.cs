namespace Storefront.Web.Hosting;

/// <summary>303 See Other: after a form post, the browser follows with a GET, so a reload never posts twice.</summary>
public sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
