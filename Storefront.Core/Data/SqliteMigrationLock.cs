using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Storefront.Core.Data;

/// <summary>
/// Lets one process at a time migrate a SQLite file, in a way a crash cannot wedge. EF Core marks a SQLite
/// migration in progress with a row in <c>__EFMigrationsLock</c> and deletes it when done, so a process killed
/// mid-migration leaves the row behind and every later start waits for it forever (dotnet/efcore#38958). This
/// lock is an exclusive lock on a file beside the database, which the operating system drops when its process
/// dies: whoever holds it knows no other process is migrating, so a row it finds in EF Core's table belongs to a
/// dead process and can go.
/// </summary>
internal sealed class SqliteMigrationLock : IAsyncDisposable
{
    private const string EfLockTable = "__EFMigrationsLock";
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _file;

    private SqliteMigrationLock(FileStream file) => _file = file;

    /// <summary>Waits until no other process is migrating the file; null for an in-memory database, which no other process can open.</summary>
    public static async Task<SqliteMigrationLock?> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        if (source.Mode == SqliteOpenMode.Memory || source.DataSource is "" or ":memory:")
        {
            return null;
        }

        var path = Path.GetFullPath(source.DataSource) + ".migration-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                return new SqliteMigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            // Only a sharing violation is a plain IOException here: another process holds the lock, until it ends or dies.
            catch (IOException held) when (held.GetType() == typeof(IOException))
            {
                await Task.Delay(RetryEvery, cancellationToken);
            }
        }
    }

    /// <summary>Removes the row a process killed while migrating left in EF Core's lock table.</summary>
    public static async Task RemoveStaleEfLockAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var tables = await database
            .SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{EfLockTable}'")
            .SingleAsync(cancellationToken);
        if (tables == 1)
        {
            await database.ExecuteSqlRawAsync($"DELETE FROM \"{EfLockTable}\"", cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
