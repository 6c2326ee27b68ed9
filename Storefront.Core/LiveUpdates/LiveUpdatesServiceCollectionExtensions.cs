using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Storefront.Core.Cart;
using Storefront.Core.Catalog;
using Storefront.Core.Orders;

namespace Storefront.Core.LiveUpdates;

public static class LiveUpdatesServiceCollectionExtensions
{
    /// <summary>
    /// Order, cart and catalog notices: across instances through PostgreSQL's <c>LISTEN/NOTIFY</c>, in process on SQLite.
    /// Needs <c>AddStoreData</c>.
    /// </summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveUpdatesOptions>()
            .Bind(configuration.GetSection(LiveUpdatesOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LiveUpdatesOptions>, LiveUpdatesOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NoticeRelay>();
        services.TryAddSingleton<OrderNotifications>();
        services.TryAddSingleton<CartNotifications>();
        services.TryAddSingleton<CatalogNotifications>();
        services.AddSingleton<IRelayedBroadcast>(provider => provider.GetRequiredService<OrderNotifications>());
        services.AddSingleton<IRelayedBroadcast>(provider => provider.GetRequiredService<CartNotifications>());
        services.AddSingleton<IRelayedBroadcast>(provider => provider.GetRequiredService<CatalogNotifications>());
        services.AddHostedService<PostgresNoticeListener>();
        return services;
    }
}
