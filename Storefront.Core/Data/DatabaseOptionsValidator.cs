using Microsoft.Extensions.Options;

namespace Storefront.Core.Data;

/// <summary>Refuses start-up with a message naming the setting that is wrong.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Provider))
        {
            return ValidateOptionsResult.Fail(
                "Database:Provider must be set outside Development, to 'Sqlite' or 'Postgres': without it the orders would go " +
                "to a SQLite file under the content root, which a redeploy can wipe.");
        }

        if (!Enum.TryParse<DatabaseProvider>(options.Provider, ignoreCase: true, out var provider) ||
            !Enum.IsDefined(provider))
        {
            return ValidateOptionsResult.Fail(
                $"Database:Provider must be 'Sqlite' or 'Postgres' (it is '{options.Provider}').");
        }

        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "ConnectionStrings:Storefront is required when Database:Provider is 'Postgres'.");
        }

        return ValidateOptionsResult.Success;
    }
}
