using System.Collections.Concurrent;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.LiveUpdates;

/// <summary>What a test's subscriber heard, in order, and a wait until it has heard something.</summary>
internal sealed class Heard<T>
{
    private readonly ConcurrentQueue<T> _messages = new();

    public IReadOnlyCollection<T> Messages => _messages.ToArray();

    public Task Add(T message)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public void Clear() => _messages.Clear();

    public Task UntilAsync(T expected) =>
        Wait.UntilAsync(() => Task.FromResult<object?>(_messages.Contains(expected) ? this : null), TimeSpan.FromSeconds(30));
}
