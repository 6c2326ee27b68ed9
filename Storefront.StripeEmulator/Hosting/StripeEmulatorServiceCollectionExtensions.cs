using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Control;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Refunds;
using Storefront.StripeEmulator.State;
using Storefront.StripeEmulator.Webhooks;

namespace Storefront.StripeEmulator.Hosting;

public static class StripeEmulatorServiceCollectionExtensions
{
    /// <summary>
    /// The emulator's state, webhook delivery and background sweeps. Uses the host's <see cref="TimeProvider"/>
    /// when one is registered (tests register a controllable one), the system clock otherwise.
    /// </summary>
    public static IServiceCollection AddStripeEmulator(
        this IServiceCollection services, Action<StripeEmulatorOptions>? configure = null)
    {
        var options = services.AddOptions<StripeEmulatorOptions>().ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<StripeEmulatorOptions>, StripeEmulatorOptionsValidator>());
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(WebhookSender.HttpClientName);
        services.AddSingleton<EmulatorRoutes>();
        services.AddSingleton<EmulatorStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<ReadRateLimit>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<EventPublisher>();
        services.AddSingleton<CheckoutFlow>();
        services.AddSingleton<CheckoutChoices>();
        services.AddSingleton<RefundFlow>();
        services.AddSingleton<EventTrigger>();
        services.AddHostedService<DueWorkSweeper>();
        return services;
    }
}
