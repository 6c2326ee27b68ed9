namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>A clock that moves only when a test says so, starting at the real now so that signatures stay fresh.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _sync = new();
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_sync)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_sync)
        {
            _now += by;
        }
    }
}
