using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Catalog.Admin;

/// <summary>The store on a fresh database (with the demo catalog), and an admin's HTTP client that does not follow redirects.</summary>
internal sealed class CatalogAdmin : IAsyncDisposable
{
    private CatalogAdmin(TestDatabase database, StorefrontFactory app, HttpClient client)
    {
        Database = database;
        App = app;
        Client = client;
    }

    public TestDatabase Database { get; }

    public StorefrontFactory App { get; }

    public HttpClient Client { get; }

    public static async Task<CatalogAdmin> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new StorefrontFactory(database, settings);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsDevAsync(DevUser.Admin);
        return new CatalogAdmin(database, app, client);
    }

    public async Task<string> GetHtmlAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts one of the page's forms as a browser would, with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formName, params (string Name, string Value)[] fields)
    {
        var page = await GetHtmlAsync(path);
        var form = new Dictionary<string, string> { ["_handler"] = formName, ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(page) };
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        return await Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>Uploads a file through a product's image form.</summary>
    public async Task<HttpResponseMessage> UploadAsync(int productId, byte[] file, string fileName, string altText = "")
    {
        var path = $"/admin/products/{productId}";
        var page = await GetHtmlAsync(path);
        using var content = new MultipartFormDataContent
        {
            { new StringContent("image-upload"), "_handler" },
            { new StringContent(DevSignIn.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(altText), "AltText" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
        content.Add(bytes, "File", fileName);
        return await Client.PostAsync(path, content);
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public async Task<Product> ProductAsync(string slug)
    {
        await using var db = Database.NewContext();
        return await db.Products.AsNoTracking().Include(p => p.Images).SingleAsync(p => p.Slug == slug);
    }

    public async Task<int> ProductCountAsync()
    {
        await using var db = Database.NewContext();
        return await db.Products.CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
