using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Data;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// Sits in front of the inbox writer's multi-row insert: counts the batches, can hold the next one until the test lets it
/// go (so that deliveries gather in the queue behind it) and can fail the next ones, as a database having a bad moment does.
/// </summary>
public sealed class InboxInsertGate : DbCommandInterceptor
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _holding;
    private int _failuresLeft;
    private int _batches;

    /// <summary>Completes when a held batch has reached the database.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Insert statements that reached the database, failed ones included.</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>Adds the gate to the store's database contexts.</summary>
    public void AddTo(IServiceCollection services) =>
        services.ConfigureDbContext<StoreDbContext>(builder => builder.AddInterceptors(this));

    public void HoldNext() => _holding = true;

    public void Release() => _released.TrySetResult();

    public void FailNext(int times) => _failuresLeft = times;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!command.CommandText.StartsWith("""INSERT INTO "ProcessedWebhookEvents" """, StringComparison.Ordinal))
        {
            return result;
        }

        Interlocked.Increment(ref _batches);
        if (_holding)
        {
            Entered.TrySetResult();
            await _released.Task;
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The database refused the batch (simulated).");
        }

        return result;
    }
}
