using Npgsql;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.LiveUpdates;

/// <summary>The store instances' listener connections to a test database, as PostgreSQL sees them.</summary>
internal static class NoticeListeners
{
    private const string OnThisDatabase = "datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()";

    /// <summary>Waits until the listening backends satisfy <paramref name="condition"/>, and returns their ids.</summary>
    public static Task<int[]> WaitForAsync(TestDatabase database, Func<int[], bool> condition) =>
        Wait.UntilAsync(async () =>
        {
            var pids = await QueryAsync(database, $"SELECT pid FROM pg_stat_activity WHERE {OnThisDatabase}");
            return condition(pids) ? pids : null;
        }, TimeSpan.FromSeconds(30));

    /// <summary>Drops every listener's connection, as a database restart or a network cut would.</summary>
    public static Task TerminateAsync(TestDatabase database) =>
        QueryAsync(database, $"SELECT pg_terminate_backend(pid)::int FROM pg_stat_activity WHERE {OnThisDatabase}");

    private static async Task<int[]> QueryAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<int>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetInt32(0));
        }

        return [.. values];
    }
}
