using System.Collections.Concurrent;

namespace Storefront.Core.Cart;

/// <summary>
/// Tells every open page of a visitor (each tab is its own circuit) that their cart changed, so the header
/// badge follows without a reload. In-process only: with several app instances a page sees its own instance's
/// changes live and the rest on its next load.
/// </summary>
public sealed class CartNotifications
{
    private readonly ConcurrentDictionary<Guid, ImmutableSubscribers> _subscribers = new();

    public IDisposable Subscribe(Guid cartId, Func<int, Task> onItemCountChanged)
    {
        _subscribers.AddOrUpdate(cartId, _ => new([onItemCountChanged]), (_, current) => current.With(onItemCountChanged));
        return new Subscription(() => _subscribers.AddOrUpdate(cartId, _ => new([]), (_, current) => current.Without(onItemCountChanged)));
    }

    public async Task PublishAsync(Guid cartId, int itemCount)
    {
        if (_subscribers.TryGetValue(cartId, out var subscribers))
        {
            foreach (var subscriber in subscribers.Handlers)
            {
                await subscriber(itemCount);
            }
        }
    }

    private sealed record ImmutableSubscribers(IReadOnlyList<Func<int, Task>> Handlers)
    {
        public ImmutableSubscribers With(Func<int, Task> handler) => new([.. Handlers, handler]);

        public ImmutableSubscribers Without(Func<int, Task> handler) => new(Handlers.Where(h => h != handler).ToList());
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
