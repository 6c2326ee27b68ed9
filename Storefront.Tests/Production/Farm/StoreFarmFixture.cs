namespace Storefront.Tests.Production.Farm;

/// <summary>One farm for the tests of a class that only read from it.</summary>
public sealed class StoreFarmFixture : IAsyncLifetime
{
    private StoreFarm? _started;

    public StoreFarm Started => _started ?? throw new InvalidOperationException("The farm did not start.");

    public async Task InitializeAsync() => _started = await StoreFarm.StartAsync();

    public async Task DisposeAsync()
    {
        if (_started is not null)
        {
            await _started.DisposeAsync();
        }
    }
}
