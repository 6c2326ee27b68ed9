using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;

namespace Storefront.Core.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>The admin's queries and actions. The actions need what <c>AddCheckout</c> registers.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton<AdminOrderQueries>();
        services.AddSingleton<AdminDashboardQueries>();
        services.AddSingleton<AdminOrderActions>();
        services.AddAudit();
        services.AddSingleton<AdminShippingActions>();
        return services;
    }
}
