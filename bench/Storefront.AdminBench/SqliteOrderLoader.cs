using Microsoft.Data.Sqlite;
using Storefront.Core.Admin.Totals;
using Storefront.Core.Data;

namespace Storefront.AdminBench;

/// <summary>
/// One transaction and three prepared INSERTs reused for every row. Values are written in EF Core's SQLite formats:
/// GUIDs as upper-case text, dates as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> text (Microsoft.Data.Sqlite's own).
/// </summary>
public sealed class SqliteOrderLoader : IOrderLoader
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _order;
    private readonly SqliteCommand _line;
    private readonly SqliteCommand _payment;

    public SqliteOrderLoader(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        Execute("PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;");
        _transaction = _connection.BeginTransaction();
        _order = Prepare(
            """
            INSERT INTO "Orders" ("Id", "Number", "AccessToken", "Status", "Currency", "CustomerEmail", "NormalizedEmail", "Total",
                "AmountRefunded", "CheckoutSessionId", "CheckoutAttempt", "CheckoutExpiresAt", "ReviewReason", "Version", "CreatedAt", "UpdatedAt", "PaidAt")
            VALUES ($id, $number, $token, $status, $currency, $email, $normalized, $total, $refunded, $session, $attempt, $expires, $review, 1, $created, $updated, $paid)
            """, "$id", "$number", "$token", "$status", "$currency", "$email", "$normalized", "$total", "$refunded", "$session", "$attempt",
            "$expires", "$review", "$created", "$updated", "$paid");
        _line = Prepare(
            """
            INSERT INTO "OrderLine" ("OrderId", "ProductId", "ProductName", "UnitPrice", "Quantity")
            VALUES ($order, $product, $name, $price, $quantity)
            """, "$order", "$product", "$name", "$price", "$quantity");
        _payment = Prepare(
            """
            INSERT INTO "Payments" ("Id", "OrderId", "Provider", "CheckoutSessionId", "PaymentIntentId", "Amount", "Currency", "Status",
                "AmountRefunded", "CreatedAt", "UpdatedAt")
            VALUES ($id, $order, 'stripe', $session, $intent, $amount, $currency, $status, $refunded, $created, $updated)
            """, "$id", "$order", "$session", "$intent", "$amount", "$currency", "$status", "$refunded", "$created", "$updated");
    }

    public Task LoadAsync(IReadOnlyList<GeneratedOrder> orders)
    {
        foreach (var o in orders)
        {
            var id = Text(o.Id);
            Run(_order, id, o.Number, o.AccessToken, o.Status, o.Currency, o.CustomerEmail, o.NormalizedEmail, o.Total, o.AmountRefunded,
                o.CheckoutSessionId, o.CheckoutSessionId is null ? 0 : 1, o.CheckoutExpiresAt, o.ReviewReason, o.CreatedAt, o.UpdatedAt, o.PaidAt);
            foreach (var line in o.Lines)
            {
                Run(_line, id, line.ProductId, line.ProductName, line.UnitPrice, line.Quantity);
            }

            if (o.Payment is { } p)
            {
                Run(_payment, Text(p.Id), id, o.CheckoutSessionId, p.PaymentIntentId, o.Total, o.Currency, p.Status, o.AmountRefunded,
                    p.CreatedAt, o.UpdatedAt);
            }
        }

        return Task.CompletedTask;
    }

    // No ANALYZE: the store never runs it on SQLite, so the planner works without statistics here too.
    public Task FinishAsync()
    {
        using (var totals = _connection.CreateCommand())
        {
            totals.Transaction = _transaction;
            totals.CommandTimeout = 0;
            totals.CommandText = OrderDailyTotalsRecount.Replace(DatabaseProvider.Sqlite);
            totals.ExecuteNonQuery();
        }

        _transaction.Commit();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _order.DisposeAsync();
        await _line.DisposeAsync();
        await _payment.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
