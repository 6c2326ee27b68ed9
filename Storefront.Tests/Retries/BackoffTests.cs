using Storefront.Core.Retries;

namespace Storefront.Tests.Retries;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(10, 600)]
    [InlineData(int.MaxValue, 600)]
    public void The_wait_doubles_from_the_first_up_to_the_longest(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.After(failures, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10)));
}
