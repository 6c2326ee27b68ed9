using System.Net;
using System.Text.RegularExpressions;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Production.Farm;

/// <summary>What the repo's nginx recipe does in front of two instances, seen by an HTTPS client.</summary>
[Collection(MachineWideCollection.Name)]
public sealed partial class FarmNginxTests(StoreFarmFixture farm) : IClassFixture<StoreFarmFixture>
{
    [Fact]
    public async Task The_sticky_block_keeps_each_browser_on_one_instance_and_spreads_browsers_over_every_instance()
    {
        using var http = Client(farm.Started);

        using var first = await GetAsync(http, farm.Started.Ports.StickyUri, cookie: null);
        var affinity = Assert.Single(first.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("storefront_instance=", StringComparison.Ordinal));
        Assert.Contains("Secure", affinity, StringComparison.Ordinal);
        Assert.Contains("HttpOnly", affinity, StringComparison.Ordinal);
        var key = affinity.Split(';')[0];
        var home = InstanceOf(await first.Content.ReadAsStringAsync());

        // One browser: every request of its own lands where its first one did.
        for (var i = 0; i < 10; i++)
        {
            using var again = await GetAsync(http, farm.Started.Ports.StickyUri, key);
            Assert.Equal(home, InstanceOf(await again.Content.ReadAsStringAsync()));
            Assert.DoesNotContain(again.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], cookie => cookie.StartsWith("storefront_instance=", StringComparison.Ordinal));
        }

        // Many browsers: each new one gets a key of its own, and the keys spread over both instances.
        var seen = new HashSet<string>();
        for (var i = 0; i < 30 && seen.Count < 2; i++)
        {
            using var stranger = await GetAsync(http, farm.Started.Ports.StickyUri, cookie: null);
            seen.Add(InstanceOf(await stranger.Content.ReadAsStringAsync()));
        }

        Assert.Equal(new[] { StoreFarm.InstanceName(0), StoreFarm.InstanceName(1) }, seen.Order().ToArray());
    }

    [Fact]
    public async Task Through_nginx_the_store_sees_https_caches_fingerprinted_files_for_a_year_and_hides_metrics_and_probes()
    {
        using var http = Client(farm.Started);

        using var home = await GetAsync(http, farm.Started.Ports.StickyUri, cookie: null);
        // Outside Development the store redirects every request it takes for plain HTTP: this one it believed was HTTPS,
        // from nginx's X-Forwarded-Proto, as nginx is a known proxy.
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("script-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var script = BlazorScript().Match(await home.Content.ReadAsStringAsync());
        Assert.True(script.Success, "The home page loads no fingerprinted blazor.web.js.");

        using var asset = await GetAsync(http, new Uri(farm.Started.Ports.StickyUri, script.Groups["path"].Value), cookie: null);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());

        using var metrics = await GetAsync(http, new Uri(farm.Started.Ports.StickyUri, "metrics"), cookie: null);
        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        using var ready = await GetAsync(http, new Uri(farm.Started.Ports.StickyUri, "healthz/ready"), cookie: null);
        Assert.Equal(HttpStatusCode.NotFound, ready.StatusCode);

        using var plain = await GetAsync(http, new Uri($"http://127.0.0.1:{farm.Started.Ports.PlainHttp}/products/enamel-mug"), cookie: null);
        Assert.Equal(HttpStatusCode.MovedPermanently, plain.StatusCode);
        Assert.Equal("https://127.0.0.1/products/enamel-mug", plain.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_fingerprinted_file_is_sent_compressed_ahead_of_time_to_a_browser_that_reads_the_encoding(string encoding)
    {
        using var http = Client(farm.Started);
        using var home = await GetAsync(http, farm.Started.Ports.StickyUri, cookie: null);
        var logo = Logo().Match(await home.Content.ReadAsStringAsync());
        Assert.True(logo.Success, "The home page shows no fingerprinted logo.");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(farm.Started.Ports.StickyUri, logo.Groups["path"].Value));
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var asset = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal([encoding], asset.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
    }

    private static HttpClient Client(StoreFarm farm)
    {
        var thumbprint = farm.Certificate.Thumbprint;
        return new HttpClient(new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            // The farm's own self-signed certificate, and no other.
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        });
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, Uri uri, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await http.SendAsync(request);
    }

    private static string InstanceOf(string page) => InstanceTitle().Match(page) is { Success: true } match
        ? match.Groups["name"].Value
        : throw new InvalidOperationException($"No instance name in the page's title:\n{page}");

    [GeneratedRegex("<title>[^<]*(?<name>Storefront [0-9]+)</title>")]
    private static partial Regex InstanceTitle();

    [GeneratedRegex("<img src=\"(?<path>images/logo\\.[a-z0-9]{10}\\.svg)\"")]
    private static partial Regex Logo();

    [GeneratedRegex("<script src=\"(?<path>[^\"]*_framework/blazor\\.web\\.[a-z0-9]{10}\\.js)\"")]
    private static partial Regex BlazorScript();
}
