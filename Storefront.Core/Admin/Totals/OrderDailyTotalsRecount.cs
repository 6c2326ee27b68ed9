using Storefront.Core.Data;

namespace Storefront.Core.Admin.Totals;

/// <summary>
/// The daily totals computed from the orders themselves, by the rule <see cref="OrderDailyTotalsChange"/> keeps:
/// what the migration that made the table backfilled it with, and what a bulk load of orders runs afterwards.
/// </summary>
public static class OrderDailyTotalsRecount
{
    /// <summary>Empties the totals and counts them again: for orders written by bulk loading, past <c>SaveChangesAsync</c>.</summary>
    public static string Replace(DatabaseProvider provider) =>
        $"""DELETE FROM "{OrderDailyTotalConfiguration.Table}";""" + "\n" + Sql(provider);

    public static string Sql(DatabaseProvider provider) => Sql(provider == DatabaseProvider.Postgres
        ? (column => $"""("{column}" AT TIME ZONE 'UTC')::date""")
        : column => $"""date("{column}")""");

    private static string Sql(Func<string, string> dayOf) => $"""
        INSERT INTO "{OrderDailyTotalConfiguration.Table}" ("Day", "Currency", "Status", "Orders", "PaidRevenue")
        SELECT "Day", "Currency", "Status", SUM("Orders"), SUM("PaidRevenue") FROM (
            SELECT {dayOf("CreatedAt")} AS "Day", "Currency", "Status", 1 AS "Orders", 0 AS "PaidRevenue" FROM "Orders"
            UNION ALL
            SELECT {dayOf("PaidAt")}, "Currency", "Status", 0, "Total" - "AmountRefunded" FROM "Orders" WHERE "PaidAt" IS NOT NULL
        ) AS contributions
        GROUP BY "Day", "Currency", "Status"
        """;
}
