namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL server that <c>./test.sh</c> starts. A test that needs it fails, never skips,
/// when it is missing, so a green run always means both providers were exercised.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "STOREFRONT_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL is required: set {EnvironmentVariable} to a server connection string " +
                "(./test.sh starts a throwaway server and sets it).");
}
