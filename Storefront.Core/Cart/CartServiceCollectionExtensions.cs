using Microsoft.Extensions.DependencyInjection;

namespace Storefront.Core.Cart;

public static class CartServiceCollectionExtensions
{
    public static IServiceCollection AddCart(this IServiceCollection services) =>
        services.AddSingleton<CartNotifications>().AddSingleton<CartService>();
}
