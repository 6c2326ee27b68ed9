using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.StripeEmulator.Hosting;
using Stripe;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>
/// The emulator hosted the standalone way (at its root) on a loopback port, on a clock the test controls,
/// with a Stripe.net client pointed at it exactly as the store's is.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    public const string ApiKey = "sk_test_emulator_tests";

    private readonly WebApplication _app;

    private EmulatorServer(WebApplication app, ManualTimeProvider time)
    {
        _app = app;
        Time = time;
    }

    public Uri BaseUri { get; private set; } = null!;

    public ManualTimeProvider Time { get; }

    /// <summary>Plain HTTP to the emulator, for the control API and hand-made requests.</summary>
    public HttpClient Http { get; private set; } = null!;

    public static async Task<EmulatorServer> StartAsync(Action<StripeEmulatorOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var time = new ManualTimeProvider();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddStripeEmulator(options =>
        {
            options.WebhookRetryDelay = TimeSpan.FromMilliseconds(20);
            options.SweepInterval = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });
        var server = new EmulatorServer(builder.Build(), time);
        server._app.MapStripeEmulator("");

        // Stand-ins for the shop's success and cancel pages, for browser tests that can reach only loopback.
        server._app.MapGet("/shop/{**page}", (string page) =>
            Results.Content($"<!DOCTYPE html><title>Shop</title><h1>Shop: {page}</h1>", "text/html"));
        await server._app.StartAsync();
        server.BaseUri = new Uri(server._app.Urls.Single());
        server.Http = new HttpClient { BaseAddress = server.BaseUri };
        return server;
    }

    public IStripeClient NewStripeClient(string apiKey = ApiKey) => new StripeClient(new StripeClientOptions
    {
        ApiKey = apiKey,
        ApiBase = BaseUri.ToString().TrimEnd('/'),
        HttpClient = new SystemNetHttpClient(new HttpClient(), maxNetworkRetries: 0),
    });

    public async Task<JsonArray> ControlGetAsync(string path) =>
        (await Http.GetFromJsonAsync<JsonArray>(path))!;

    public async Task<JsonNode> ControlPostAsync(string path)
    {
        using var response = await Http.PostAsync(path, null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        await _app.DisposeAsync();
    }
}
