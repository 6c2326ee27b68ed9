using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Core.Payments;
using Storefront.Core.Data;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.State;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Payments;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Store;

/// <summary>The store's own wiring: which Stripe it talks to, in which environment.</summary>
public sealed class StoreStripeModeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task In_development_the_store_pays_through_its_mounted_emulator_with_its_own_stripe_client()
    {
        await using var app = new StorefrontFactory(_database);
        var baseUri = app.StartOnKestrel();
        var stripe = app.Services.GetRequiredService<IStripeClient>();

        var session = await CheckoutSamples.CreateAsync(stripe);
        using var paid = await CheckoutSamples.PayAsync(session, TestPaymentMethods.SucceedingCard);

        Assert.Equal($"{baseUri.GetLeftPart(UriPartial.Authority)}/stripe-emulator", stripe.ApiBase);
        Assert.StartsWith($"{baseUri.GetLeftPart(UriPartial.Authority)}/stripe-emulator/c/pay/cs_test_", session.Url);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal("paid", (await new SessionService(stripe).GetAsync(session.Id)).PaymentStatus);
    }

    [Fact]
    public async Task Without_kestrel_the_store_reaches_its_emulator_through_a_swapped_http_handler()
    {
        await using var app = new StorefrontFactory(_database, new Dictionary<string, string?>
        {
            ["Stripe:ApiBase"] = "http://localhost/stripe-emulator",
        });
        WebApplicationFactory<Program>? inMemory = null;
        inMemory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
            .AddHttpClient(StoreStripeClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => inMemory!.Server.CreateHandler())));
        var stripe = inMemory.Services.GetRequiredService<IStripeClient>();

        var session = await CheckoutSamples.CreateAsync(stripe);

        Assert.StartsWith("http://localhost/stripe-emulator/c/pay/cs_test_", session.Url);
        Assert.Equal("open", (await new SessionService(stripe).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task The_mounted_emulator_sends_webhooks_to_the_stores_own_endpoint()
    {
        await using var app = new StorefrontFactory(_database);
        var baseUri = app.StartOnKestrel();
        var stripe = app.Services.GetRequiredService<IStripeClient>();
        var session = await CheckoutSamples.CreateAsync(stripe);
        await new SessionService(stripe).ExpireAsync(session.Id);
        using var control = new HttpClient { BaseAddress = baseUri };

        var attempt = await Wait.UntilAsync(async () =>
            (await control.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/stripe-emulator/_emulator/webhooks/attempts"))!
                .FirstOrDefault(a => (string)a!["event_type"]! == "checkout.session.expired"));

        Assert.Equal($"{baseUri.GetLeftPart(UriPartial.Authority)}/webhooks/stripe", (string)attempt["url"]!);
    }

    [Fact]
    public async Task In_production_the_emulator_mode_refuses_to_start_naming_stripe_mode()
    {
        await using var app = new ProductionStorefrontFactory(_database, new Dictionary<string, string?>
        {
            ["Stripe:Mode"] = "Emulator", ["Stripe:WebhookSecret"] = "whsec_test",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Stripe:Mode is 'Emulator'", error.ToString());
    }

    [Fact]
    public async Task In_production_the_emulator_is_not_mounted()
    {
        await using var app = new ProductionStorefrontFactory(_database, new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = "sk_live_not_used_here", ["Stripe:WebhookSecret"] = "whsec_test",
            // Production refuses to start without a tenant; this one is never contacted.
            ["Auth0:Domain"] = "storefront-tests.auth0.example", ["Auth0:ClientId"] = "storefront", ["Auth0:ClientSecret"] = "not-a-secret",
        });
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/stripe-emulator/v1/checkout/sessions/cs_test_1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(app.Services.GetService<EmulatorStore>());
        Assert.Equal(StripeClient.DefaultApiBase, app.Services.GetRequiredService<IStripeClient>().ApiBase);
        Assert.Equal(StripeMode.Live, app.Services.GetRequiredService<IOptions<StripeOptions>>().Value.ParsedMode);
    }
}
