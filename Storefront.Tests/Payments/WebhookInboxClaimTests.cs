using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Storefront.Core.Data;
using Storefront.Core.Payments;
using Storefront.Core.Payments.Ingest;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Payments;

public sealed class WebhookInboxClaimTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Workers_claiming_rounds_at_the_same_time_each_get_different_events_and_together_all_of_them(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, services: WithoutInboxWorker);
        var inbox = store.Service<WebhookInbox>();
        var events = Enumerable.Range(0, 60)
            .Select(i => new QueuedWebhook($"evt_claim_{i:D2}", "customer.created", $$"""{"id":"evt_claim_{{i:D2}}"}""")).ToList();
        await inbox.AppendAsync(events, CancellationToken.None);

        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var owner = Guid.NewGuid();
            var claimed = new List<ProcessedWebhookEvent>();
            for (var round = 0; round < 10; round++)
            {
                claimed.AddRange((await inbox.ClaimDueAsync(5, owner, CancellationToken.None)).Claimed);
            }

            return claimed;
        })));

        var all = rounds.SelectMany(claimed => claimed).ToList();
        Assert.Equal(events.Select(e => e.EventId).Order(), all.Select(e => e.EventId).Order());
        Assert.All(all, claimed => Assert.Equal($$"""{"id":"{{claimed.EventId}}"}""", claimed.Payload));
    }

    private static void WithoutInboxWorker(IServiceCollection services)
    {
        foreach (var worker in services.Where(descriptor =>
                     descriptor.ServiceType == typeof(IHostedService) && descriptor.ImplementationType == typeof(WebhookInboxWorker)).ToList())
        {
            services.Remove(worker);
        }
    }
}
