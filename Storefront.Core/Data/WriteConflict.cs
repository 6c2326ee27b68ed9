using Microsoft.EntityFrameworkCore;

namespace Storefront.Core.Data;

/// <summary>
/// Two writers met on the same rows: a version or unique-key clash, or, on PostgreSQL, a deadlock (an update of an
/// order's uniquely indexed session id waits on a row another transaction's foreign-key check holds, while that one
/// waits on the first's unique payment row). Npgsql reports a deadlock as a transient failure wrapped in an
/// <see cref="InvalidOperationException"/>. Either way the transaction rolled back, so reading again and re-applying
/// the change is safe.
/// </summary>
public static class WriteConflict
{
    public static bool Is(Exception error) =>
        error is DbUpdateException || error is InvalidOperationException { InnerException: DbUpdateException };
}
