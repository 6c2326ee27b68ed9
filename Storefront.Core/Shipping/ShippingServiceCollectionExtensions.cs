using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Storefront.Core.Shipping;

public static class ShippingServiceCollectionExtensions
{
    /// <summary>The <c>Shipping</c> and <c>Tax</c> settings, checked at start-up.</summary>
    public static IServiceCollection AddShipping(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShippingOptions>().Bind(configuration.GetSection(ShippingOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ShippingOptions>, ShippingOptionsValidator>());
        services.AddOptions<TaxOptions>().Bind(configuration.GetSection(TaxOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TaxOptions>, TaxOptionsValidator>());
        return services;
    }
}
