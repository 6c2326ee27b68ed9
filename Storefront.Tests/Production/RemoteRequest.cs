using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Storefront.Tests.Production;

/// <summary>A request through the in-memory test server as if it came over the network from <c>RemoteAddress</c>.</summary>
internal sealed record RemoteRequest(string Method, string Path, string RemoteAddress)
{
    public Dictionary<string, string> Headers { get; init; } = [];

    public async Task<RemoteResponse> SendAsync(TestServer server)
    {
        var context = await server.SendAsync(http =>
        {
            http.Request.Method = Method;
            var query = Path.IndexOf('?');
            http.Request.Path = query < 0 ? Path : Path[..query];
            http.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(Path[query..]);
            http.Connection.RemoteIpAddress = IPAddress.Parse(RemoteAddress);
            http.Request.Headers.Accept = "text/html";
            if (HttpMethods.IsPost(Method))
            {
                // A form, as a browser posts one: without it routing would pick another endpoint than the form's.
                http.Request.ContentType = "application/x-www-form-urlencoded";
                http.Request.Body = new MemoryStream("account=admin"u8.ToArray());
            }

            foreach (var (name, value) in Headers)
            {
                http.Request.Headers[name] = value;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return new RemoteResponse(context.Response.StatusCode, context.Response.Headers, await reader.ReadToEndAsync());
    }
}
