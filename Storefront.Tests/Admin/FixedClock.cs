namespace Storefront.Tests.Admin;

/// <summary>A clock stopped at one instant, so "today" cannot roll over midway through a test.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
