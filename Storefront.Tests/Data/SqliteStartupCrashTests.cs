using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Data;

/// <summary>The store on SQLite comes up after a start that was killed half-way, however far that start got.</summary>
public sealed class SqliteStartupCrashTests
{
    // A start on two shared cores, with other tests running, can take a while; these are ceilings, not expectations.
    private static readonly TimeSpan StartCeiling = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_start_does_not_block_the_next_start()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            // What EF Core leaves in its lock table when the process dies while migrating.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-23 20:00:00+00:00')");
        }

        await using var store = StoreProcess.Start(DatabasePath(database), MailDirectory());

        await WaitUntilHealthyAsync(store);
        Assert.Equal(new StartState(EfLockHeld: false, AllMigrationsApplied: true, Seeded: true), await StateAsync(database));
    }

    [Fact]
    public async Task After_starts_killed_at_every_stage_the_next_start_comes_up()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var path = DatabasePath(database);
        var mail = MailDirectory();
        Func<StartState, bool>[] killWhen =
        [
            _ => File.Exists(path),
            state => state.EfLockHeld || state.Seeded,
            state => state.EfLockHeld || state.Seeded,
            state => state.AllMigrationsApplied,
            state => state.Seeded,
        ];

        foreach (var (stage, number) in killWhen.Select((stage, index) => (stage, index + 1)))
        {
            await using var killed = StoreProcess.Start(path, mail);
            try
            {
                await Wait.UntilAsync(async () => stage(await StateAsync(database)) ? "reached" : null, StartCeiling);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"Start {number} never reached its stage ({await StateAsync(database)}, exited: {killed.HasExited}). Its output:\n{killed.Output}");
            }

            await killed.KillAsync();
        }

        await using var store = StoreProcess.Start(path, mail);
        await WaitUntilHealthyAsync(store);
        Assert.Equal(new StartState(EfLockHeld: false, AllMigrationsApplied: true, Seeded: true), await StateAsync(database));
    }

    private sealed record StartState(bool EfLockHeld, bool AllMigrationsApplied, bool Seeded);

    private static string DatabasePath(TestDatabase database) =>
        new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;

    private static string MailDirectory() => Directory.CreateTempSubdirectory("storefront-crash-mail-").FullName;

    private static async Task WaitUntilHealthyAsync(StoreProcess store)
    {
        using var client = new HttpClient { BaseAddress = store.Address };
        try
        {
            await Wait.UntilAsync(async () =>
            {
                try
                {
                    return (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK ? "healthy" : null;
                }
                catch (HttpRequestException)
                {
                    return null;
                }
            }, StartCeiling);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The store did not come up (exited: {store.HasExited}). Its output:\n{store.Output}");
        }
    }

    /// <summary>How far a start got, read from the file as another process sees it; a file busy or not yet there reads as nothing.</summary>
    private static async Task<StartState> StateAsync(TestDatabase database)
    {
        var path = DatabasePath(database);
        if (!File.Exists(path))
        {
            return new StartState(false, false, false);
        }

        try
        {
            await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            var applied = await CountAsync(connection, "__EFMigrationsHistory");
            await using var db = database.NewContext();
            return new StartState(
                await CountAsync(connection, "__EFMigrationsLock") > 0,
                applied == db.Database.GetMigrations().Count(),
                await CountAsync(connection, "Products") > 0);
        }
        catch (SqliteException)
        {
            return new StartState(false, false, false);
        }
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table)
    {
        await using var exists = connection.CreateCommand();
        exists.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
        if ((long)(await exists.ExecuteScalarAsync())! == 0)
        {
            return 0;
        }

        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
