using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Storefront.Core.Observability;

namespace Storefront.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store's database for the configured provider and migrates it at start-up.
    /// A wrong or missing setting stops start-up with a message that names it.
    /// </summary>
    public static IServiceCollection AddStoreData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(options =>
            {
                options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
                options.DataDirectory = Path.Combine(contentRoot, options.DataDirectory);
            })
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.Provider))
                {
                    options.Provider = nameof(DatabaseProvider.Sqlite);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        services.AddSingleton<SqliteWriteGate>();
        services.AddDbContextFactory<StoreDbContext, StoreDbContextFactory>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            UseProvider(builder, options);
            if (options.ParsedProvider == DatabaseProvider.Sqlite)
            {
                builder.AddInterceptors(provider.GetRequiredService<SqliteWriteGate>());
            }
        });
        services.AddHostedService<DatabaseInitializer>();
        services.TryAddSingleton<StoreMetrics>();
        return services;
    }

    internal static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder builder, DatabaseOptions options) =>
        options.ParsedProvider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(options.EffectiveConnectionString),
            _ => builder.UseSqlite(options.EffectiveConnectionString),
        };
}
