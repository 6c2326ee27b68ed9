using System.Collections.Concurrent;
using Storefront.Core.Data;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// One running store per provider, shared by the tests of a class that only read the seeded catalog,
/// so that each such test does not pay for a fresh database and host.
/// </summary>
public sealed class StorefrontApps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<(TestDatabase Database, StorefrontFactory App)>>> _apps = new();

    public async Task<StorefrontFactory> ForAsync(DatabaseProvider provider) =>
        (await _apps.GetOrAdd(provider, p => new(() => StartAsync(p))).Value).App;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(app => app.IsValueCreated))
        {
            var (database, factory) = await app.Value;
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static async Task<(TestDatabase, StorefrontFactory)> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new StorefrontFactory(database);
        _ = factory.Server;
        return (database, factory);
    }
}
