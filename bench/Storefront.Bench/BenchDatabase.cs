using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Storefront.Bench;

/// <summary>Plain SQL against the bench database: more stock, sanity counts, and PostgreSQL's statement statistics.</summary>
public sealed class BenchDatabase(string provider, string connectionString)
{
    public bool IsPostgres => provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    private DbConnection Open()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Gives every active product a million units, so thousands of distinct orders never run out; returns their ids.</summary>
    public async Task<int[]> SeedStockAsync()
    {
        await using var connection = Open();
        await ExecuteAsync(connection, "UPDATE \"Products\" SET \"Stock\" = 1000000 WHERE \"IsActive\"");
        var ids = new List<int>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\" FROM \"Products\" WHERE \"IsActive\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return [.. ids];
    }

    public async Task<Dictionary<string, long>> OrderCountsAsync()
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Status\", COUNT(*) FROM \"Orders\" GROUP BY \"Status\"";
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>Whether pg_stat_statements is loaded (bench/run.sh preloads it); creates the extension when it is.</summary>
    public async Task<bool> EnableStatementStatsAsync()
    {
        if (!IsPostgres)
        {
            return false;
        }

        try
        {
            await using var connection = Open();
            await ExecuteAsync(connection, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            await ExecuteAsync(connection, "SELECT pg_stat_statements_reset()");
            return true;
        }
        catch (PostgresException error)
        {
            Console.WriteLine($"  pg_stat_statements unavailable: {error.MessageText}");
            return false;
        }
    }

    public async Task ResetStatementStatsAsync()
    {
        await using var connection = Open();
        await ExecuteAsync(connection, "SELECT pg_stat_statements_reset()");
    }

    /// <summary>The app's statements since the last reset, per operation of the phase, as a Markdown table.</summary>
    public async Task<string> StatementStatsAsync(long operations, int top = 12)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.calls, s.total_exec_time, s.mean_exec_time, s.query
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'
            ORDER BY s.calls DESC, s.total_exec_time DESC
            """;
        var rows = new List<(long Calls, double Total, double Mean, string Query)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetString(3)));
            }
        }

        var per = Math.Max(1, operations);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{rows.Sum(r => r.Calls) / (double)per:F1} statements and {rows.Sum(r => r.Total) / per:F2} ms of PostgreSQL execution time per operation ({operations} operations).");
        text.AppendLine();
        text.AppendLine("| calls/op | mean ms | statement |");
        text.AppendLine("|---:|---:|---|");
        foreach (var row in rows.Take(top))
        {
            var query = string.Join(' ', row.Query.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
            if (query.Length > 140)
            {
                query = query[..140] + "…";
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Calls / (double)per:F2} | {row.Mean:F3} | `{query.Replace("|", "\\|", StringComparison.Ordinal)}` |");
        }

        return text.ToString();
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
