using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Production;

/// <summary>The emulator's control API, its Stripe API and the development sign-in answer only this machine.</summary>
public sealed class DevelopmentEndpointTests : IAsyncLifetime
{
    private const string Remote = "198.51.100.20";

    private TestDatabase _database = null!;
    private StorefrontFactory _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new StorefrontFactory(_database);
    }

    [Theory]
    [InlineData("GET", "/stripe-emulator/_emulator/events")]
    [InlineData("POST", "/stripe-emulator/_emulator/trigger/checkout.session.completed")]
    [InlineData("GET", "/stripe-emulator/v1/checkout/sessions/cs_test_1")]
    [InlineData("POST", "/account/dev-signin")]
    public async Task A_client_on_another_machine_is_refused(string method, string path)
    {
        var response = await new RemoteRequest(method, path, Remote).SendAsync(_app.Server);

        Assert.Equal(403, response.StatusCode);
        Assert.Contains("only requests from this machine", response.Body);
    }

    [Fact]
    public async Task The_development_sign_in_page_is_not_there_for_another_machine_and_is_for_this_one()
    {
        var remote = await new RemoteRequest("GET", AccountPaths.DevSignIn, Remote).SendAsync(_app.Server);
        var local = await new RemoteRequest("GET", AccountPaths.DevSignIn, "127.0.0.1").SendAsync(_app.Server);

        Assert.Equal(404, remote.StatusCode);
        Assert.Equal(200, local.StatusCode);
        Assert.Contains("Sign in as admin", local.Body);
    }

    [Fact]
    public async Task The_control_api_answers_a_loopback_client()
    {
        var response = await new RemoteRequest("GET", "/stripe-emulator/_emulator/events", "::1").SendAsync(_app.Server);

        Assert.Equal(200, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
