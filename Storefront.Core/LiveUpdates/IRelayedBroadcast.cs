namespace Storefront.Core.LiveUpdates;

/// <summary>A broadcast as the PostgreSQL listener sees it: a channel, and local subscribers to hand notices to.</summary>
public interface IRelayedBroadcast
{
    string Channel { get; }

    /// <summary>Hands a notice that arrived on <see cref="Channel"/> to this instance's subscribers.</summary>
    Task DeliverAsync(string payload);

    /// <summary>Tells every local subscriber that notices may have been missed, so it reads again.</summary>
    Task CatchUpAsync();
}
