using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Storefront.Core;

/// <summary>
/// In-process publish/subscribe keyed by an id (a cart, an order), so open pages follow changes made
/// elsewhere. With several app instances a page sees its own instance's changes live and the rest on reload.
/// </summary>
public abstract class Broadcast<TMessage>
{
    private readonly ConcurrentDictionary<Guid, Func<TMessage, Task>[]> _subscribers = new();
    private ImmutableArray<Func<Guid, TMessage, Task>> _everyKeySubscribers = [];

    public IDisposable Subscribe(Guid key, Func<TMessage, Task> onMessage)
    {
        _subscribers.AddOrUpdate(key, _ => [onMessage], (_, current) => [.. current, onMessage]);
        return new Subscription(() =>
            _subscribers.AddOrUpdate(key, _ => [], (_, current) => current.Where(s => s != onMessage).ToArray()));
    }

    /// <summary>Hears every key's messages, for pages that watch all of them (the admin's order list).</summary>
    public IDisposable SubscribeToAll(Func<Guid, TMessage, Task> onMessage)
    {
        ImmutableInterlocked.Update(ref _everyKeySubscribers, current => current.Add(onMessage));
        return new Subscription(() => ImmutableInterlocked.Update(ref _everyKeySubscribers, current => current.Remove(onMessage)));
    }

    public async Task PublishAsync(Guid key, TMessage message)
    {
        if (_subscribers.TryGetValue(key, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                await subscriber(message);
            }
        }

        foreach (var subscriber in _everyKeySubscribers)
        {
            await subscriber(key, message);
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
