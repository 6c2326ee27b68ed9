namespace Storefront.Core.LiveUpdates;

/// <summary>
/// <c>LiveUpdates:…</c>: how the PostgreSQL listener waits before subscribing again after its connection dropped,
/// by the store's one backoff (doubling from the first wait up to the longest).
/// </summary>
public sealed class LiveUpdatesOptions
{
    public const string Section = "LiveUpdates";

    public TimeSpan ReconnectFirstWait { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectLongestWait { get; set; } = TimeSpan.FromSeconds(30);
}
