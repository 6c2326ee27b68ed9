using Npgsql;
using Storefront.Core.Admin.Totals;
using Storefront.Core.Data;
using NpgsqlTypes;

namespace Storefront.AdminBench;

/// <summary>Binary COPY of each batch into orders, then lines, then payments (in that order, for the foreign keys).</summary>
public sealed class PostgresOrderLoader : IOrderLoader
{
    private readonly NpgsqlConnection _connection;

    public PostgresOrderLoader(string connectionString)
    {
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
    }

    public async Task LoadAsync(IReadOnlyList<GeneratedOrder> orders)
    {
        await using (var copy = await _connection.BeginBinaryImportAsync(
            """
            COPY "Orders" ("Id", "Number", "AccessToken", "Status", "Currency", "CustomerEmail", "NormalizedEmail", "Total", "AmountRefunded",
                "CheckoutSessionId", "CheckoutAttempt", "CheckoutExpiresAt", "ReviewReason", "Version", "CreatedAt", "UpdatedAt", "PaidAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in orders)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(o.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(o.Number, NpgsqlDbType.Varchar);
                await copy.WriteAsync(o.AccessToken, NpgsqlDbType.Varchar);
                await copy.WriteAsync(o.Status, NpgsqlDbType.Varchar);
                await copy.WriteAsync(o.Currency, NpgsqlDbType.Varchar);
                await copy.WriteAsync(o.CustomerEmail, NpgsqlDbType.Varchar);
                await copy.WriteAsync(o.NormalizedEmail, NpgsqlDbType.Varchar);
                await copy.WriteAsync(o.Total, NpgsqlDbType.Bigint);
                await copy.WriteAsync(o.AmountRefunded, NpgsqlDbType.Bigint);
                await WriteNullableAsync(copy, o.CheckoutSessionId, NpgsqlDbType.Varchar);
                await copy.WriteAsync(o.CheckoutSessionId is null ? 0 : 1, NpgsqlDbType.Integer);
                await WriteNullableAsync(copy, o.CheckoutExpiresAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(copy, o.ReviewReason, NpgsqlDbType.Varchar);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(o.CreatedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(o.UpdatedAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(copy, o.PaidAt, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await _connection.BeginBinaryImportAsync(
            """COPY "OrderLine" ("OrderId", "ProductId", "ProductName", "UnitPrice", "Quantity") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var o in orders)
            {
                foreach (var line in o.Lines)
                {
                    await copy.WriteRowAsync(default, o.Id, line.ProductId, line.ProductName, line.UnitPrice, line.Quantity);
                }
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await _connection.BeginBinaryImportAsync(
            """
            COPY "Payments" ("Id", "OrderId", "Provider", "CheckoutSessionId", "PaymentIntentId", "Amount", "Currency", "Status",
                "AmountRefunded", "CreatedAt", "UpdatedAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in orders)
            {
                if (o.Payment is { } p)
                {
                    await copy.WriteRowAsync(default, p.Id, o.Id, "stripe", o.CheckoutSessionId!, p.PaymentIntentId, o.Total, o.Currency, p.Status,
                        o.AmountRefunded, p.CreatedAt, o.UpdatedAt);
                }
            }

            await copy.CompleteAsync();
        }
    }

    public async Task FinishAsync()
    {
        await using (var totals = new NpgsqlCommand(OrderDailyTotalsRecount.Replace(DatabaseProvider.Postgres), _connection))
        {
            totals.CommandTimeout = 0;
            await totals.ExecuteNonQueryAsync();
        }

        // What autovacuum does to a table that has settled: statistics, and the visibility map that index-only scans need.
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", _connection);
        vacuum.CommandTimeout = 0;
        await vacuum.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);
}
