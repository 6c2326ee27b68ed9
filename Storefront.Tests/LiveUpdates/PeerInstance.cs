using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.LiveUpdates;

/// <summary>
/// A second instance of the store beside a <see cref="StoreHarness"/>: its own host on Kestrel, with its own
/// listener, on the harness's database, talking to the harness's Stripe emulator (whose webhooks go to the harness).
/// It works neither the webhook inbox nor reconciliation, so every payment is applied on the harness and this
/// instance can only learn of it through the notices.
/// </summary>
public sealed class PeerInstance : IAsyncDisposable
{
    private PeerInstance(StorefrontFactory app, Uri baseUri)
    {
        App = app;
        BaseUri = baseUri;
    }

    public StorefrontFactory App { get; }

    public Uri BaseUri { get; }

    public static PeerInstance Start(StoreHarness store)
    {
        var app = new StorefrontFactory(store.Database, new Dictionary<string, string?>
        {
            ["Stripe:ApiBase"] = new Uri(store.BaseUri, "stripe-emulator").ToString(),
            ["Checkout:StripeRetryDelay"] = "00:00:00.010",
            ["Shipping:Rates:0:Amount"] = "0",
            ["Shipping:Rates:1:Amount"] = "0",
            ["Tax:Mode"] = "None",
        }, WithoutPaymentWorkers);
        return new PeerInstance(app, app.StartOnKestrel());
    }

    private static void WithoutPaymentWorkers(IServiceCollection services)
    {
        Type[] workers = [typeof(WebhookInboxWorker), typeof(CheckoutReconciliationJob)];
        foreach (var worker in services.Where(descriptor =>
                     descriptor.ServiceType == typeof(IHostedService) && workers.Contains(descriptor.ImplementationType)).ToList())
        {
            services.Remove(worker);
        }
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
