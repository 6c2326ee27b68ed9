using Storefront.Web.Account.Sessions;

namespace Storefront.Tests.Account;

public sealed class AuthOptionsValidatorTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    [InlineData("08:00:01")]
    public void An_interval_that_would_never_check_or_never_wait_is_refused_naming_the_setting(string interval)
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { RevalidateInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains("Auth:RevalidateInterval", result.FailureMessage);
    }

    [Fact]
    public void The_default_minute_is_accepted() =>
        Assert.True(new AuthOptionsValidator().Validate(null, new AuthOptions()).Succeeded);
}
