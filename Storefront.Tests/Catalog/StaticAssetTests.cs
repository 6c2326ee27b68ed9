using System.Text.RegularExpressions;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Catalog;

/// <summary>
/// What a browser fetches after the HTML: each file under a name that carries a hash of its content, so that it may be
/// kept for a year without asking again (ProductionHostingTests checks the headers that say so).
/// </summary>
public sealed partial class StaticAssetTests(StorefrontApps apps) : IClassFixture<StorefrontApps>
{
    [Fact]
    public async Task Every_image_script_and_style_of_the_home_page_is_fingerprinted()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        var html = await app.CreateClient().GetStringAsync("/");

        var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).Where(IsOurs).ToList();

        Assert.Contains(assets, path => path.StartsWith("images/logo.", StringComparison.Ordinal));
        Assert.Contains(assets, path => path.StartsWith("images/products/enamel-mug.", StringComparison.Ordinal));
        Assert.Contains(assets, path => path.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
        Assert.All(assets, path => Assert.Matches(Fingerprinted(), path));
    }

    // The page's own files; a product's uploaded pictures (media/…) are named by their content hash where they are stored.
    private static bool IsOurs(string path) =>
        !path.StartsWith("media/", StringComparison.Ordinal) && !path.StartsWith("http", StringComparison.Ordinal);

    [GeneratedRegex("""(?:src|href)="/?(?<path>[^"?#]+\.(?:svg|css|js|png|webp|jpg))"?""")]
    private static partial Regex AssetReference();

    [GeneratedRegex(@"\.[a-z0-9]{10}\.")]
    private static partial Regex Fingerprinted();
}
