using Storefront.Core.Data;

namespace Storefront.Tests.Infrastructure;

/// <summary>Runs a persistence test once on SQLite and once on PostgreSQL.</summary>
public sealed class BothProviders : TheoryData<DatabaseProvider>
{
    public BothProviders()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
    }
}
