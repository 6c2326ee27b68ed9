using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Storefront.Core.Data;
using Storefront.Core.Payments.Ingest;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Payments;

namespace Storefront.Tests.Payments;

/// <summary>
/// Deliveries are stored by one writer in batches, and each is answered only once its batch has committed. The events
/// here are of a type the store needs nothing for, so what the inbox worker does afterwards changes nothing they check.
/// </summary>
public sealed class WebhookGroupCommitTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Every_event_answered_200_is_in_the_database_when_the_answer_arrives(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var http = new HttpClient { BaseAddress = store.BaseUri };

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var eventId = $"evt_durable_{i:D2}";
            using var response = await DeliverAsync(http, eventId);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([eventId], await StoredAsync(store.Database, eventId));
        }));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Duplicates_in_one_batch_and_across_batches_are_stored_once(DatabaseProvider provider)
    {
        var gate = new InboxInsertGate();
        await using var store = await StoreHarness.StartAsync(provider, services: gate.AddTo);
        using var http = new HttpClient { BaseAddress = store.BaseUri };
        // Queued behind the held batch, these three make the next batch together.
        var (first, queued) = await HoldBatchAsync(store, gate, http, "evt_dup_a", "evt_dup_b", "evt_dup_b", "evt_dup_c");
        gate.Release();

        Assert.False(await DuplicateAsync(await first));
        var inOneBatch = await Task.WhenAll(queued.Select(async delivery => await DuplicateAsync(await delivery)));
        Assert.Equal(2, gate.Batches);
        Assert.Equal([false, true], inOneBatch[..2].Order());
        Assert.False(inOneBatch[2]);
        Assert.True(await DuplicateAsync(await DeliverAsync(http, "evt_dup_a")));
        Assert.True(await DuplicateAsync(await DeliverAsync(http, "evt_dup_b")));
        Assert.Equal(["evt_dup_a", "evt_dup_b", "evt_dup_c"], await StoredAsync(store.Database, "evt_dup_"));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_delivery_that_finds_the_queue_full_is_answered_503_with_Retry_After_and_stored_when_delivered_again(DatabaseProvider provider)
    {
        var gate = new InboxInsertGate();
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["Webhooks:QueueCapacity"] = "1" }, gate.AddTo);
        using var http = new HttpClient { BaseAddress = store.BaseUri };
        var (writing, queued) = await HoldBatchAsync(store, gate, http, "evt_full_1", "evt_full_2");
        var waiting = queued.Single();

        using (var refused = await DeliverAsync(http, "evt_full_3"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        }

        gate.Release();
        Assert.Equal(HttpStatusCode.OK, (await writing).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await waiting).StatusCode);
        Assert.Equal(["evt_full_1", "evt_full_2"], await StoredAsync(store.Database, "evt_full_"));
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(http, "evt_full_3")).StatusCode);
        Assert.Equal(["evt_full_1", "evt_full_2", "evt_full_3"], await StoredAsync(store.Database, "evt_full_"));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_batch_that_fails_to_commit_is_answered_500_and_the_next_batch_is_stored(DatabaseProvider provider)
    {
        var gate = new InboxInsertGate();
        await using var store = await StoreHarness.StartAsync(provider, services: gate.AddTo);
        using var http = new HttpClient { BaseAddress = store.BaseUri };
        gate.FailNext(1);

        using (var failed = await DeliverAsync(http, "evt_fail_1"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Contains("could not be stored", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(await StoredAsync(store.Database, "evt_fail_"));
        Assert.False(await DuplicateAsync(await DeliverAsync(http, "evt_fail_2")));
        Assert.False(await DuplicateAsync(await DeliverAsync(http, "evt_fail_1")));
        Assert.Equal(["evt_fail_1", "evt_fail_2"], await StoredAsync(store.Database, "evt_fail_"));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_stopping_writer_stores_and_answers_the_deliveries_it_took_and_refuses_later_ones_with_503(DatabaseProvider provider)
    {
        var gate = new InboxInsertGate();
        await using var store = await StoreHarness.StartAsync(provider, services: gate.AddTo);
        using var http = new HttpClient { BaseAddress = store.BaseUri };
        var (writing, queued) = await HoldBatchAsync(store, gate, http, "evt_stop_1", "evt_stop_2");
        var waiting = queued.Single();

        var stopping = store.Service<IEnumerable<IHostedService>>().OfType<WebhookBatchWriter>().Single().StopAsync(CancellationToken.None);
        gate.Release();

        // Bounded: a delivery left in the queue of a stopped writer would never be answered.
        Assert.False(await DuplicateAsync(await writing.WaitAsync(TimeSpan.FromSeconds(30))));
        Assert.False(await DuplicateAsync(await waiting.WaitAsync(TimeSpan.FromSeconds(30))));
        await stopping;
        using (var refused = await DeliverAsync(http, "evt_stop_3"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }

        Assert.Equal(["evt_stop_1", "evt_stop_2"], await StoredAsync(store.Database, "evt_stop_"));
    }

    /// <summary>Delivers one event whose batch the gate holds, then the others, and waits until they are queued behind it.</summary>
    private static async Task<(Task<HttpResponseMessage> Held, Task<HttpResponseMessage>[] Queued)> HoldBatchAsync(
        StoreHarness store, InboxInsertGate gate, HttpClient http, string heldId, params string[] queuedIds)
    {
        gate.HoldNext();
        var held = DeliverAsync(http, heldId);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = queuedIds.Select(eventId => DeliverAsync(http, eventId)).ToArray();
        await Wait.UntilAsync(() => Task.FromResult(store.Service<WebhookIngestQueue>().Count == queuedIds.Length ? "" : null));
        return (held, queued);
    }

    private static Task<HttpResponseMessage> DeliverAsync(HttpClient http, string eventId)
    {
        var payload = SignedEvent.CheckoutSession(eventId, "customer.created", $"cs_test_{eventId}", "open");
        return http.PostAsync(StripeWebhookEndpoint.Path,
            SignedEvent.Content(payload, SignedEvent.Signature(payload, StoreHarness.WebhookSecret, DateTimeOffset.UtcNow)));
    }

    /// <summary>Whether a 200 answer says the delivery was a duplicate.</summary>
    private static async Task<bool> DuplicateAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["duplicate"]!.GetValue<bool>();
        }
    }

    private static async Task<List<string>> StoredAsync(TestDatabase database, string idPrefix)
    {
        await using var db = database.NewContext();
        return await db.ProcessedWebhookEvents.Where(e => e.EventId.StartsWith(idPrefix)).Select(e => e.EventId).OrderBy(id => id).ToListAsync();
    }
}
