using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Core.Data;

/// <summary>
/// SQLite lets one writer in at a time, and Microsoft.Data.Sqlite answers a busy database by blocking a thread
/// and retrying every 150 ms, which under load turns into long stalls and a starved thread pool. Here writers
/// take turns on an async gate instead: a transaction waits for the gate before it begins and lets go when it
/// ends — committed, rolled back, failed, or disposed (its connection then closes). Every connection also runs
/// with <c>synchronous=NORMAL</c>, safe in WAL mode: a crash cannot corrupt the file, and a power cut can lose only
/// the last commits, which the reconciliation job recovers from Stripe.
/// </summary>
public sealed class SqliteWriteGate : DbConnectionInterceptor, IDbTransactionInterceptor
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<DbConnection, byte> _holders = new();
    private readonly ConcurrentDictionary<DbTransaction, DbConnection> _transactions = new();

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";
        pragma.ExecuteNonQuery();
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Closed(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Closed(connection);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        _holders[connection] = 0;
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        _gate.Wait();
        _holders[connection] = 0;
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _transactions[result] = connection;
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        _transactions[result] = connection;
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback reports neither; its connection closing ends it.
    private void Closed(DbConnection connection)
    {
        foreach (var (transaction, owner) in _transactions)
        {
            if (owner == connection)
            {
                _transactions.TryRemove(transaction, out _);
            }
        }

        Release(connection);
    }

    private void Ended(DbTransaction transaction)
    {
        if (_transactions.TryRemove(transaction, out var connection))
        {
            Release(connection);
        }
    }

    private void Release(DbConnection connection)
    {
        if (_holders.TryRemove(connection, out _))
        {
            _gate.Release();
        }
    }
}
