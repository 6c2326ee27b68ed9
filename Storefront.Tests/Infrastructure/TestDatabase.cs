using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Storefront.Core.Data;

namespace Storefront.Tests.Infrastructure;

/// <summary>A fresh, empty database of either provider, dropped when the test ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
        _postgresName = postgresName;
        Contexts = new StoreDbContextFactory(Options, Microsoft.Extensions.Options.Options.Create(DatabaseOptions));
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public IDbContextFactory<StoreDbContext> Contexts { get; }

    /// <summary>The settings that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Storefront"] = ConnectionString,
    };

    private DatabaseOptions DatabaseOptions => new() { Provider = Provider.ToString(), ConnectionString = ConnectionString };

    private DbContextOptions<StoreDbContext> Options =>
        (DbContextOptions<StoreDbContext>)DataServiceCollectionExtensions
            .UseProvider(new DbContextOptionsBuilder<StoreDbContext>(), DatabaseOptions).Options;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Directory.CreateTempSubdirectory("storefront-tests-").FullName;
            var path = Path.Combine(directory, "store.db");
            return new TestDatabase(provider, $"Data Source={path}", path, null);
        }

        var name = $"sf_test_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    /// <summary>A fresh database brought to the latest migration, as the app does at start-up.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public StoreDbContext NewContext() => Contexts.CreateDbContext();

    /// <summary>Makes the database unreachable, to see how the app reports it.</summary>
    public async Task BreakAsync()
    {
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqlitePath);
            Directory.CreateDirectory(_sqlitePath);
        }
        else
        {
            await DropPostgresAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(_sqlitePath)!, recursive: true);
        }
        else
        {
            await DropPostgresAsync();
        }
    }

    private async Task DropPostgresAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(PostgresServer.ConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
