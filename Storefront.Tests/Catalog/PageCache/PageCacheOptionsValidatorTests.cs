using Storefront.Web.Catalog.PageCache;

namespace Storefront.Tests.Catalog.PageCache;

public sealed class PageCacheOptionsValidatorTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("1.00:00:01")]
    public void A_duration_that_would_never_keep_a_page_or_keep_it_past_a_day_is_refused_naming_the_setting(string duration)
    {
        var result = new PageCacheOptionsValidator().Validate(null, new PageCacheOptions { Duration = TimeSpan.Parse(duration, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains("PageCache:Duration", result.FailureMessage);
    }

    [Theory]
    [InlineData("00:00:01")]
    [InlineData("1.00:00:00")]
    public void A_duration_within_a_day_is_accepted(string duration) =>
        Assert.True(new PageCacheOptionsValidator().Validate(null, new PageCacheOptions { Duration = TimeSpan.Parse(duration, System.Globalization.CultureInfo.InvariantCulture) }).Succeeded);

    [Fact]
    public void The_default_ten_minutes_is_accepted() =>
        Assert.True(new PageCacheOptionsValidator().Validate(null, new PageCacheOptions()).Succeeded);
}
