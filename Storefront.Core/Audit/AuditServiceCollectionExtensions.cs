using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Storefront.Core.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// The audit log and its queries. Needs the database and a <see cref="TimeProvider"/>. Every feature with staff
    /// actions calls it, so it adds each service once.
    /// </summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<AuditQueries>();
        return services;
    }
}
