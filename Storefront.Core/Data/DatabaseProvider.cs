namespace Storefront.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
