using System.Net;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Seo;

/// <summary>The store on a seeded database, and an anonymous client.</summary>
internal sealed class Shop(TestDatabase database, StorefrontFactory app, HttpClient client) : IAsyncDisposable
{
    public TestDatabase Database { get; } = database;

    public HttpClient Client { get; } = client;

    /// <summary>A page's HTML as sent, after checking its status; <paramref name="host"/> stands in for a forged Host header.</summary>
    public async Task<string> GetAsync(string path, string? host = null, HttpStatusCode expect = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await Client.SendAsync(request);
        Assert.Equal(expect, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
