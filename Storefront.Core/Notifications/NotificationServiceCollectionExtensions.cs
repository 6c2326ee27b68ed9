using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Observability;

namespace Storefront.Core.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Order emails: the outbox, its sender and worker, and the <c>Email</c> settings, validated at start-up.</summary>
    public static IServiceCollection AddOrderEmails(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (environment.IsDevelopment())
                {
                    options.From = string.IsNullOrWhiteSpace(options.From) ? "Storefront <orders@localhost>" : options.From;
                    options.PickupDirectory = string.IsNullOrWhiteSpace(options.PickupDirectory)
                        ? EmailOptions.DevelopmentPickupDirectory
                        : options.PickupDirectory;
                }

                if (!string.IsNullOrWhiteSpace(options.PickupDirectory))
                {
                    options.PickupDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.PickupDirectory));
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OrderEmailRenderer>();
        services.AddSingleton<OrderEmails>();
        services.AddSingleton<OutboxQueries>();
        services.AddSingleton<OutboxActions>();
        services.AddAudit();
        services.AddSingleton<SmtpEmailTransport>();
        services.AddSingleton<PickupFolderEmailTransport>();
        services.AddSingleton<IEmailTransport, ConfiguredEmailTransport>();
        services.AddSingleton<OutboxSender>();
        services.TryAddSingleton<StoreMetrics>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
