using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Jobs;

/// <summary>Decides which app instance runs a periodic job this period, through the job's <see cref="JobLease"/> row.</summary>
public sealed class JobLeases(IDbContextFactory<StoreDbContext> contexts, TimeProvider time)
{
    /// <summary>Names this app instance in the lease rows it wins.</summary>
    public Guid Instance { get; } = Guid.NewGuid();

    /// <summary>
    /// The start of the run for the one caller, of all instances, that finds the job due and moves it
    /// <paramref name="period"/> ahead (a conditional UPDATE, which only one transaction can win); null for the others.
    /// The row is made on first use.
    /// </summary>
    public async Task<DateTime?> TryStartAsync(string job, TimeSpan period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // In a transaction so that on SQLite it takes its turn at the writers' gate.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // SQLite and PostgreSQL share this syntax; a second instance's insert meets the first one's row and does nothing.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "JobLeases" ("Name", "NextRunAt") VALUES ({job}, {now}) ON CONFLICT ("Name") DO NOTHING""",
            cancellationToken);
        var started = await db.Set<JobLease>()
            .Where(l => l.Name == job && l.NextRunAt <= now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(l => l.NextRunAt, now + period)
                .SetProperty(l => l.LastStartedAt, now)
                .SetProperty(l => l.LastStartedBy, Instance), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return started == 1 ? now : null;
    }
}
