using System.Collections.Concurrent;

namespace Storefront.Core;

/// <summary>
/// In-process publish/subscribe keyed by an id (a cart, an order), so open pages follow changes made
/// elsewhere. With several app instances a page sees its own instance's changes live and the rest on reload.
/// </summary>
public abstract class Broadcast<TMessage>
{
    private readonly ConcurrentDictionary<Guid, Func<TMessage, Task>[]> _subscribers = new();

    public IDisposable Subscribe(Guid key, Func<TMessage, Task> onMessage)
    {
        _subscribers.AddOrUpdate(key, _ => [onMessage], (_, current) => [.. current, onMessage]);
        return new Subscription(() =>
            _subscribers.AddOrUpdate(key, _ => [], (_, current) => current.Where(s => s != onMessage).ToArray()));
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
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
