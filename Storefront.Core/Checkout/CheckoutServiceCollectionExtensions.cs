using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Storefront.Core.Jobs;
using Storefront.Core.Observability;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Payments.Ingest;
using Storefront.Core.Shipping;
using Storefront.Core.Payments.WebhookLog;

namespace Storefront.Core.Checkout;

public static class CheckoutServiceCollectionExtensions
{
    /// <summary>Checkout, fulfilment, the webhook processor and the reconciliation job. Needs an <c>IStripeClient</c>.</summary>
    public static IServiceCollection AddCheckout(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CheckoutOptions>()
            .Bind(configuration.GetSection(CheckoutOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddShipping(configuration);
        services.AddSingleton<CheckoutSessionRequest>();
        services.AddSingleton<OrderNotifications>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<StripeRetry>();
        services.AddSingleton<CheckoutFulfillment>();
        services.AddSingleton<OpenOrderRelease>();
        services.AddSingleton<CheckoutService>();
        services.AddSingleton<StripeChargeReader>();
        services.AddSingleton<StripeWebhookProcessor>();
        services.AddSingleton<WebhookInbox>();
        services.AddSingleton<WebhookIngestQueue>();
        services.AddHostedService<WebhookBatchWriter>();
        services.TryAddSingleton<StoreMetrics>();
        services.AddSingleton<WebhookEventQueries>();
        services.AddSingleton<WebhookEventActions>();
        services.AddHostedService<WebhookInboxWorker>();
        services.AddSingleton<CheckoutReconciler>();
        services.TryAddSingleton<JobLeases>();
        services.AddHostedService<CheckoutReconciliationJob>();
        return services;
    }
}
