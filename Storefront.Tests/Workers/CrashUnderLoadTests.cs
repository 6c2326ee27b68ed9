using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Cart;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Tests.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Payments;
using Stripe;
using Core = Storefront.Core;

namespace Storefront.Tests.Workers;

/// <summary>
/// Three instances on one PostgreSQL apply 300 paid webhooks; one of them, a real process, is killed with SIGKILL in
/// the middle and started again. The test plays Stripe: it delivers each event to an instance and, when that fails,
/// again to the next one, as Stripe retries an endpoint behind a load balancer. Every event the killed instance had
/// answered 200 is in the database when it dies: an answer means the event's batch committed.
/// </summary>
[Collection(MachineWideCollection.Name)]
public sealed class CrashUnderLoadTests
{
    private const int Orders = 300;

    [Fact]
    public async Task Killing_an_instance_during_300_paid_webhooks_pays_every_order_once_with_one_email_and_loses_no_event()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var stripe = await EmulatorServer.StartAsync();
        await using var smtp = await SmtpServerFixture.StartAsync();
        var farm = new WorkerFarm(database, stripe, smtp);

        // The first instance runs in the test's process, migrates and seeds the database, and starts the checkouts.
        await using var first = new StorefrontFactory(database, farm.Settings);
        var addresses = new[] { first.StartOnKestrel(), null!, null! };
        await using var second = await farm.StartProcessAsync();
        var third = await farm.StartProcessAsync();
        try
        {
            addresses[1] = second.Address;
            addresses[2] = third.Address;
            var sessions = await PaidSessionsAsync(first, stripe);

            var answeredBy = new ConcurrentDictionary<string, Uri>();
            var deliveries = Task.WhenAll(sessions.Select((session, i) => DeliverAsync(addresses, i, $"evt_crash_{i:D3}", session, answeredBy)));
            // Killed once it has answered some deliveries of its own: on a busy machine the other two can store a third
            // of the events before the third process answers its first.
            var victim = third.Address;
            await Wait.UntilAsync(async () =>
                answeredBy.Values.Contains(victim) && await CountAsync(database, db => db.ProcessedWebhookEvents) >= Orders / 3 ? "" : null,
                TimeSpan.FromMinutes(1));
            await third.KillAsync();
            var answeredByKilled = answeredBy.Where(answer => answer.Value == victim).Select(answer => answer.Key).ToList();
            Assert.Empty(answeredByKilled.Except(await StoredEventIdsAsync(database)));
            var appliedAtKill = await CountAsync(database, db => db.ProcessedWebhookEvents.Where(e => e.AppliedAt != null));
            var killed = third;
            third = await farm.StartProcessAsync();
            addresses[2] = third.Address;
            await killed.DisposeAsync();
            await deliveries;

            await Wait.UntilAsync(async () =>
                await CountAsync(database, db => db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sent)) == Orders ? "" : null,
                TimeSpan.FromMinutes(3));
            Assert.True(appliedAtKill < Orders, "the instance was killed after every event had been applied");
        }
        finally
        {
            await third.DisposeAsync();
        }

        await using var db = database.NewContext();
        Assert.Equal(Orders, await db.ProcessedWebhookEvents.CountAsync(e => e.AppliedAt != null && e.ParkedAt == null));
        Assert.Equal(Orders, await db.Orders.CountAsync(o => o.Status == OrderStatus.Paid));
        var paidChanges = await db.OrderStatusChanges.Where(c => c.To == OrderStatus.Paid).GroupBy(c => c.OrderId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Orders, paidChanges.Count);
        Assert.All(paidChanges, count => Assert.Equal(1, count));
        Assert.Equal(Orders, await db.Payments.CountAsync());
        Assert.Equal(Orders, await db.OutboxMessages.CountAsync(m => m.Kind == EmailKind.OrderConfirmation));

        // A send cut short by the kill may reach the server twice, under the same Message-Id: one email to the reader.
        var received = smtp.Messages();
        var perShopper = received.GroupBy(m => m.To.Mailboxes.Single().Address)
            .ToDictionary(g => g.Key, g => g.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(Orders, perShopper.Count);
        Assert.All(perShopper, shopper => Assert.Equal(1, shopper.Value));
    }

    /// <summary>Checkouts of one mug each, by 300 shoppers, each paid on the emulator's payment page.</summary>
    private static async Task<List<string>> PaidSessionsAsync(StorefrontFactory store, EmulatorServer stripe)
    {
        int mug;
        await using (var db = await store.Services.GetRequiredService<IDbContextFactory<StoreDbContext>>().CreateDbContextAsync())
        {
            await db.Products.Where(p => p.Slug == "enamel-mug").ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, 10 * Orders));
            mug = (await db.Products.SingleAsync(p => p.Slug == "enamel-mug")).Id;
        }

        var client = (StripeClient)stripe.NewStripeClient();
        var sessions = new string[Orders];
        await Parallel.ForEachAsync(Enumerable.Range(0, Orders), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var cartId = Guid.NewGuid();
            await store.Services.GetRequiredService<CartService>().AddAsync(cartId, mug, 1);
            var started = await store.Services.GetRequiredService<Core.Checkout.CheckoutService>()
                .StartAsync(new CheckoutRequest(cartId, $"shopper{i:D3}@example.com", null));
            var sessionId = StoreHarness.SessionIdOf(started);
            await client.RawRequestAsync(HttpMethod.Post, $"/v1/payment_pages/{sessionId}/confirm",
                $"email=shopper{i:D3}%40example.com&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242" +
                await AddressFieldsAsync(client, sessionId), cancellationToken: ct);
            sessions[i] = sessionId;
        });
        return [.. sessions];
    }

    /// <summary>The address and phone the session asks for, as the payment page would send them.</summary>
    private static async Task<string> AddressFieldsAsync(IStripeClient client, string sessionId)
    {
        var session = await new global::Stripe.Checkout.SessionService(client).GetAsync(sessionId);
        var fields = session.ShippingAddressCollection?.AllowedCountries is [var country, ..]
            ? "&shipping_details[name]=Ada+Lovelace&shipping_details[address][line1]=1+Main+Street" +
              $"&shipping_details[address][city]=Springfield&shipping_details[address][postal_code]=12345&shipping_details[address][country]={country}"
            : "";
        return session.PhoneNumberCollection?.Enabled == true ? fields + "&phone=%2B1+555+0100" : fields;
    }

    /// <summary>Delivers one signed event, starting at one instance and moving to the next while delivery fails.</summary>
    private static async Task DeliverAsync(Uri[] addresses, int index, string eventId, string sessionId, ConcurrentDictionary<string, Uri> answeredBy)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var payload = SignedEvent.CheckoutSession(eventId, "checkout.session.completed", sessionId, "complete");
        var failures = new List<string>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var instance = addresses[(index + attempt) % addresses.Length];
            var target = new Uri(instance, StripeWebhookEndpoint.Path);
            try
            {
                using var content = SignedEvent.Content(payload, SignedEvent.Signature(payload, WorkerFarm.WebhookSecret, DateTimeOffset.UtcNow));
                using var response = await http.PostAsync(target, content);
                if (response.IsSuccessStatusCode)
                {
                    answeredBy[eventId] = instance;
                    return;
                }

                failures.Add($"{target}: {(int)response.StatusCode}");
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // The instance is down: Stripe would try again, and the proxy send it to another one.
                failures.Add($"{target}: {error.Message}");
            }
        }

        throw new InvalidOperationException($"Event {eventId} was never accepted: {string.Join("; ", failures)}");
    }

    private static async Task<List<string>> StoredEventIdsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.ProcessedWebhookEvents.Select(e => e.EventId).ToListAsync();
    }

    private static async Task<int> CountAsync<T>(TestDatabase database, Func<StoreDbContext, IQueryable<T>> rows)
    {
        await using var db = database.NewContext();
        return await rows(db).CountAsync();
    }
}
