using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Storefront.Core.Data;
using Storefront.Core.Retries;

namespace Storefront.Core.LiveUpdates;

/// <summary>
/// On PostgreSQL, this instance's one listener: a dedicated connection that <c>LISTEN</c>s on every broadcast's
/// channel and hands what arrives to the local subscribers. When the connection drops it subscribes again with the
/// store's backoff, then tells every subscriber to read again, since notices sent in the gap are gone.
/// On SQLite it has nothing to do: notices never leave the process.
/// </summary>
public sealed class PostgresNoticeListener(
    IEnumerable<IRelayedBroadcast> broadcasts,
    IOptions<DatabaseOptions> database,
    IOptions<LiveUpdatesOptions> options,
    TimeProvider time,
    ILogger<PostgresNoticeListener> logger) : BackgroundService
{
    private readonly Dictionary<string, IRelayedBroadcast> _byChannel = broadcasts.ToDictionary(b => b.Channel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.ParsedProvider != DatabaseProvider.Postgres)
        {
            return;
        }

        for (var failures = 0; !stoppingToken.IsCancellationRequested;)
        {
            try
            {
                await ListenAsync(() => failures = 0, stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                var wait = Backoff.After(failures, options.Value.ReconnectFirstWait, options.Value.ReconnectLongestWait);
                logger.LogWarning(error, "The live-update listener lost PostgreSQL; subscribing again in {Wait}.", wait);
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(Action onListening, CancellationToken stoppingToken)
    {
        var arrived = new ConcurrentQueue<NpgsqlNotificationEventArgs>();
        await using var connection = new NpgsqlConnection(ListenerConnectionString());
        connection.Notification += (_, notice) => arrived.Enqueue(notice);
        await connection.OpenAsync(stoppingToken);

        // The LISTEN is the last statement this connection runs, so pg_stat_activity shows which backend is the listener.
        await using (var listen = new NpgsqlCommand(string.Concat(_byChannel.Keys.Select(c => $"LISTEN \"{c}\";")), connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        onListening();

        // After LISTEN, so that a change either arrives as a notice or is already in the database when pages read again.
        foreach (var broadcast in _byChannel.Values)
        {
            await HandOverAsync(() => broadcast.CatchUpAsync(), broadcast.Channel);
        }

        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            while (arrived.TryDequeue(out var notice))
            {
                if (_byChannel.TryGetValue(notice.Channel, out var broadcast))
                {
                    await HandOverAsync(() => broadcast.DeliverAsync(notice.Payload), notice.Channel);
                }
            }
        }
    }

    /// <summary>A page that fails with a notice is that page's problem, not the listener's: it keeps listening.</summary>
    private async Task HandOverAsync(Func<Task> delivery, string channel)
    {
        try
        {
            await delivery();
        }
        catch (Exception error)
        {
            logger.LogError(error, "A subscriber failed to handle a notice on {Channel}.", channel);
        }
    }

    private string ListenerConnectionString() =>
        new NpgsqlConnectionStringBuilder(database.Value.EffectiveConnectionString)
        {
            // Its own connection, never returned to a pool where a LISTEN would outlive it, and TCP keepalives so a
            // connection that died silently (a network cut, no FATAL from the server) ends WaitAsync too.
            Pooling = false,
            TcpKeepAlive = true,
        }.ConnectionString;
}
