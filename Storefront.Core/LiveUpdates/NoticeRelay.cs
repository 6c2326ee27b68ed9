using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Storefront.Core.Data;

namespace Storefront.Core.LiveUpdates;

/// <summary>
/// Sends change notices to every app instance on PostgreSQL with <c>pg_notify</c>. On SQLite there is one instance,
/// so <see cref="CrossesInstances"/> is false and broadcasts deliver in process.
/// </summary>
/// <remarks>
/// A notice is sent after its change has committed, on a connection of its own, rather than inside the change's
/// transaction: every publisher already publishes after its commit, so a rolled-back change notifies nobody, and a
/// notice lost to a crash in between costs only liveness, which a reload (or the listener's catch-up) gives back.
/// For the same reason a notice that cannot be sent is logged and dropped: the change it tells of is committed, and
/// failing its caller now would make a shopper try again a change that already happened.
/// </remarks>
public sealed class NoticeRelay : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly ILogger<NoticeRelay> _logger;

    public NoticeRelay(IOptions<DatabaseOptions> database, ILogger<NoticeRelay> logger)
    {
        _logger = logger;
        if (database.Value.ParsedProvider == DatabaseProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(database.Value.EffectiveConnectionString);
        }
    }

    public bool CrossesInstances => _postgres is not null;

    public async Task SendAsync(string channel, string payload, CancellationToken cancellationToken)
    {
        if (_postgres is null)
        {
            throw new InvalidOperationException("Notices cross instances only on PostgreSQL.");
        }

        try
        {
            await using var command = _postgres.CreateCommand("SELECT pg_notify($1, $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = channel });
            command.Parameters.Add(new NpgsqlParameter { Value = payload });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(error, "A notice on {Channel} could not be sent; open pages show the change on reload.", channel);
        }
    }

    public ValueTask DisposeAsync() => _postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
}
