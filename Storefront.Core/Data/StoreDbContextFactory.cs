using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Storefront.Core.Data;

/// <summary>Creates the provider's own context type, so EF Core finds that provider's migrations.</summary>
public sealed class StoreDbContextFactory(DbContextOptions<StoreDbContext> options, IOptions<DatabaseOptions> database)
    : IDbContextFactory<StoreDbContext>
{
    private readonly DatabaseProvider _provider = database.Value.ParsedProvider;

    public StoreDbContext CreateDbContext() => _provider switch
    {
        DatabaseProvider.Postgres => new PostgresStoreDbContext(options),
        _ => new SqliteStoreDbContext(options),
    };
}
