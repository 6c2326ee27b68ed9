using Microsoft.Extensions.Options;
using Storefront.Core.Payments;
using Storefront.StripeEmulator.Hosting;
using Stripe;

namespace Storefront.Web.Payments;

/// <summary>
/// Stripe for the store: options, the store's <see cref="IStripeClient"/>, and, when <c>Stripe:Mode</c> is
/// <c>Emulator</c>, the Stripe emulator mounted at <see cref="EmulatorPrefix"/> so that one <c>dotnet run</c> is the
/// whole shop. The emulator is registered only in Development: never in Staging or Production.
/// </summary>
public static class StripePaymentsHostingExtensions
{
    public const string EmulatorPrefix = "/stripe-emulator";

    /// <summary>Where the mounted emulator delivers webhooks: the store's own endpoint.</summary>
    public const string WebhookPath = StripeWebhookEndpoint.Path;

    public static WebApplicationBuilder AddStripePayments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStripeOptions(builder.Configuration);
        // HttpClient's own 100 s would let a Stripe that never answers hold a shopper or a worker for minutes.
        services.AddHttpClient(StoreStripeClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<StripeOptions>>().Value.RequestTimeout);
        services.AddSingleton<StripeReadLimiter>();
        services.AddSingleton<IStripeClient, StoreStripeClient>();

        if (builder.Environment.IsDevelopment())
        {
            services.AddStripeEmulator();
            services.AddOptions<StripeEmulatorOptions>()
                .Bind(builder.Configuration.GetSection(StripeEmulatorOptions.Section))
                .Configure<IOptions<StripeOptions>>((emulator, stripe) => emulator.WebhookEndpoints.Add(
                    new WebhookEndpointOptions { Url = WebhookPath, Secret = stripe.Value.WebhookSecret ?? "" }));
        }

        return builder;
    }

    public static WebApplication MapStripePayments(this WebApplication app)
    {
        // Only Development gets here in Emulator mode: elsewhere its services are not registered and the mode refuses to start.
        if (app.Services.GetRequiredService<IOptions<StripeOptions>>().Value.ParsedMode == StripeMode.Emulator)
        {
            app.MapStripeEmulator(EmulatorPrefix);
        }

        return app;
    }
}
