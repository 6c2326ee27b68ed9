using Storefront.Core.Admin;

namespace Storefront.Tests.Admin;

public sealed class AdminOptionsValidatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(1_000_001)]
    public void A_limit_below_a_page_or_too_dear_to_count_is_refused_naming_the_setting(int limit)
    {
        var result = new AdminOptionsValidator().Validate(null, new AdminOptions { ExactCountLimit = limit });

        Assert.True(result.Failed);
        Assert.Contains("Admin:ExactCountLimit", result.FailureMessage);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public void A_limit_from_a_page_to_a_million_is_accepted(int limit) =>
        Assert.True(new AdminOptionsValidator().Validate(null, new AdminOptions { ExactCountLimit = limit }).Succeeded);
}
