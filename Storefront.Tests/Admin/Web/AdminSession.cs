using System.Net;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Admin.Web;

/// <summary>The store on a fresh database with an HTTP client signed in as the development admin.</summary>
internal sealed class AdminSession : IAsyncDisposable
{
    private AdminSession(TestDatabase database, StorefrontFactory app, HttpClient client)
    {
        Database = database;
        App = app;
        Client = client;
    }

    public TestDatabase Database { get; }

    public StorefrontFactory App { get; }

    public HttpClient Client { get; }

    public static async Task<AdminSession> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new StorefrontFactory(database);
        var client = app.CreateClient();
        await client.SignInAsDevAsync(DevUser.Admin);
        return new AdminSession(database, app, client);
    }

    /// <summary>A page's HTML with entities decoded, after checking it answered 200.</summary>
    public async Task<string> GetHtmlAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
