using Storefront.Core.Data;

namespace Storefront.Core.Payments;

/// <summary>
/// A received event with what Stripe said about its object, read before any transaction opens: all that is left is to
/// apply <see cref="Effect"/> to the database, alone or with others of its round. <see cref="OrderId"/> is the order the
/// effect changes, if any.
/// </summary>
public sealed record PreparedWebhookEvent(
    ProcessedWebhookEvent Received, Guid? OrderId, Func<StoreDbContext, DateTime, CancellationToken, Task<FulfillmentOutcome>> Effect)
{
    public string EventId => Received.EventId;

    /// <summary>
    /// Splits a round into waves, each of batches of at most <paramref name="batchSize"/>, so that a wave changes an order
    /// once at most: the n-th event on an order goes into the n-th wave. Within one transaction a second effect on an
    /// order would not see what the first added (its queries read the database, and nothing is saved before the end), so
    /// two sessions paying one order would go unnoticed; and in one wave, batches applied side by side never meet on an
    /// order. Waves are applied one after the other, so the later event sees what the earlier one committed.
    /// </summary>
    public static List<PreparedWebhookEvent[][]> InWaves(IEnumerable<PreparedWebhookEvent> events, int batchSize)
    {
        var waves = new List<List<PreparedWebhookEvent>>();
        var eventsPerOrder = new Dictionary<Guid, int>();
        foreach (var prepared in events)
        {
            var wave = 0;
            if (prepared.OrderId is { } order)
            {
                wave = eventsPerOrder.GetValueOrDefault(order);
                eventsPerOrder[order] = wave + 1;
            }

            if (wave == waves.Count)
            {
                waves.Add([]);
            }

            waves[wave].Add(prepared);
        }

        return waves.Select(wave => wave.Chunk(batchSize).ToArray()).ToList();
    }
}
