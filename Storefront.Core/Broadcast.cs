using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Storefront.Core.LiveUpdates;

namespace Storefront.Core;

/// <summary>
/// Publish/subscribe keyed by an id (a cart, an order, a catalog item), so open pages follow changes made elsewhere.
/// Without a <see cref="NoticeRelay"/> that crosses instances (SQLite, one process) a notice goes straight to this
/// process's subscribers; with one (PostgreSQL) it goes out through <c>NOTIFY</c> and every instance's listener,
/// this one's included, delivers it to its own subscribers.
/// </summary>
/// <remarks>
/// A subscriber hears <c>null</c> when notices may have been missed (the listener lost its connection and has
/// just subscribed again): it should read what it shows from the database again. An every-key subscriber then
/// hears the key's default value with it.
/// </remarks>
public abstract class Broadcast<TKey, TMessage> : IRelayedBroadcast
    where TKey : notnull
    where TMessage : struct
{
    private readonly ConcurrentDictionary<TKey, Subscriber[]> _subscribers = new();
    private readonly NoticeRelay? _relay;
    private ImmutableArray<Func<TKey, TMessage?, Task>> _everyKeySubscribers = [];

    protected Broadcast(string channel, NoticeRelay? relay)
    {
        Channel = channel;
        _relay = relay;
    }

    /// <summary>The PostgreSQL channel this broadcast's notices travel on.</summary>
    public string Channel { get; }

    /// <summary>How many keys someone is watching, so tests can see a key forgotten.</summary>
    internal int WatchedKeyCount => _subscribers.Count;

    public IDisposable Subscribe(TKey key, Func<TMessage?, Task> onMessage)
    {
        var subscriber = new Subscriber(onMessage);
        while (true)
        {
            if (_subscribers.TryGetValue(key, out var current))
            {
                if (_subscribers.TryUpdate(key, [.. current, subscriber], current))
                {
                    break;
                }
            }
            else if (_subscribers.TryAdd(key, [subscriber]))
            {
                break;
            }
        }

        return new Subscription(() => Unsubscribe(key, subscriber));
    }

    /// <summary>Hears every key's messages, for pages that watch all of them (the admin's order list).</summary>
    public IDisposable SubscribeToAll(Func<TKey, TMessage?, Task> onMessage)
    {
        ImmutableInterlocked.Update(ref _everyKeySubscribers, current => current.Add(onMessage));
        return new Subscription(() => ImmutableInterlocked.Update(ref _everyKeySubscribers, current => current.Remove(onMessage)));
    }

    /// <summary>Tells every instance's subscribers; call it once the change is committed.</summary>
    public Task PublishAsync(TKey key, TMessage message, CancellationToken cancellationToken = default) =>
        _relay is { CrossesInstances: true }
            ? _relay.SendAsync(Channel, JsonSerializer.Serialize(new Notice(key, message)), cancellationToken)
            : DeliverAsync(key, message);

    Task IRelayedBroadcast.DeliverAsync(string payload)
    {
        var notice = JsonSerializer.Deserialize<Notice>(payload)
            ?? throw new JsonException($"An empty notice arrived on {Channel}.");
        return DeliverAsync(notice.Key, notice.Message);
    }

    Task IRelayedBroadcast.CatchUpAsync() =>
        DispatchAsync(_subscribers
            .SelectMany(entry => entry.Value.Select(subscriber => (Func<Task>)(() => subscriber.OnMessage(null))))
            .Concat(_everyKeySubscribers.Select(subscriber => (Func<Task>)(() => subscriber(default!, null)))));

    private Task DeliverAsync(TKey key, TMessage? message) =>
        DispatchAsync((_subscribers.TryGetValue(key, out var subscribers) ? subscribers : [])
            .Select(subscriber => (Func<Task>)(() => subscriber.OnMessage(message)))
            .Concat(_everyKeySubscribers.Select(subscriber => (Func<Task>)(() => subscriber(key, message)))));

    /// <summary>Calls every subscriber even when one fails, so one broken page never keeps a notice from the rest.</summary>
    private static async Task DispatchAsync(IEnumerable<Func<Task>> calls)
    {
        List<Exception>? failures = null;
        foreach (var call in calls.ToList())
        {
            try
            {
                await call();
            }
            catch (Exception failure)
            {
                (failures ??= []).Add(failure);
            }
        }

        if (failures is not null)
        {
            throw new AggregateException("A subscriber failed to handle a notice.", failures);
        }
    }

    private void Unsubscribe(TKey key, Subscriber subscriber)
    {
        // Compare-and-swap on the array that was read, so a subscriber joining at the same moment is never dropped
        // with the key, and the key of the last one leaving is removed rather than kept with an empty array.
        while (_subscribers.TryGetValue(key, out var current) && current.Contains(subscriber))
        {
            var rest = current.Where(s => s != subscriber).ToArray();
            var swapped = rest.Length == 0
                ? _subscribers.TryRemove(KeyValuePair.Create(key, current))
                : _subscribers.TryUpdate(key, rest, current);
            if (swapped)
            {
                return;
            }
        }
    }

    private sealed record Notice(TKey Key, TMessage Message);

    /// <summary>One subscription's handler, compared by reference, so the same handler subscribed twice leaves once per subscription.</summary>
    private sealed class Subscriber(Func<TMessage?, Task> onMessage)
    {
        public Func<TMessage?, Task> OnMessage { get; } = onMessage;
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
