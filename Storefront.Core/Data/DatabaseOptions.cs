namespace Storefront.Core.Data;

/// <summary>
/// <c>Database:Provider</c> picks the database; <c>ConnectionStrings:Storefront</c> says where it is.
/// SQLite needs no connection string: it defaults to a file in the app's data folder. Outside Development the
/// provider must be named: a store that fell back to that file would lose its orders to the next redeploy.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Storefront";

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as written in configuration; <c>Sqlite</c> when unset in Development.</summary>
    public string Provider { get; set; } = "";

    public string? ConnectionString { get; set; }

    /// <summary>Folder for the default SQLite file, normally <c>App_Data</c> under the app's content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public DatabaseProvider ParsedProvider => Enum.Parse<DatabaseProvider>(Provider, ignoreCase: true);

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && ParsedProvider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(DataDirectory, "storefront.db")}"
            : ConnectionString!;
}
