using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Storefront.Core.Data;

/// <summary>A save refused by a unique index, on either provider: someone else took the value first.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Is(DbUpdateException error) => error.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
