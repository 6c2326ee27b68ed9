using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Data;
using Storefront.Core.Payments;
using Storefront.Core.Payments.Ingest;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Payments;

namespace Storefront.Tests.Workers;

public sealed class InboxShutdownTests
{
    private const string EventId = "evt_in_flight_at_shutdown";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_stopping_instance_gives_back_the_event_it_was_applying_and_another_applies_it_at_once(DatabaseProvider provider)
    {
        // A claim that would outlast the test: only giving it back lets the next instance have the event.
        var settings = new Dictionary<string, string?> { ["Webhooks:ClaimLease"] = "00:30:00", ["Stripe:RequestTimeout"] = "00:02:00" };
        var stalled = new StalledSessionReads();
        await using var stopping = await StoreHarness.StartAsync(provider, settings, s =>
            s.AddHttpClient(StoreStripeClient.HttpClientName).AddHttpMessageHandler(() => stalled));
        var payload = SignedEvent.CheckoutSession(EventId, "checkout.session.completed", "cs_test_in_flight_at_shutdown", "complete");
        await stopping.Service<WebhookInbox>().AppendAsync([new QueuedWebhook(EventId, "checkout.session.completed", payload)], CancellationToken.None);
        await stalled.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull((await ReadAsync(stopping.Database)).LeaseOwner);

        await stopping.App.DisposeAsync();

        var released = await ReadAsync(stopping.Database);
        Assert.Null(released.LeaseOwner);
        Assert.Null(released.LeaseUntil);
        Assert.Null(released.AppliedAt);

        // The next instance's own Stripe has never heard of the session, so applying it records just that.
        await using var next = new StorefrontFactory(stopping.Database, settings);
        next.StartOnKestrel();
        var applied = await Wait.UntilAsync(
            async () => await ReadAsync(stopping.Database) is { AppliedAt: not null } e ? e : null, TimeSpan.FromMinutes(1));
        Assert.Contains("Stripe knows no Checkout Session", applied.Outcome, StringComparison.Ordinal);
    }

    private static async Task<ProcessedWebhookEvent> ReadAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.ProcessedWebhookEvents.AsNoTracking().SingleAsync(e => e.EventId == EventId);
    }
}
