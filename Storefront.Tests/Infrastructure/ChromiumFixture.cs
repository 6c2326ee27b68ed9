using Microsoft.Playwright;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the browser tests. Playwright cannot download a browser here, so it drives
/// <c>/usr/bin/chromium</c>; the flags keep Chromium from reaching for the network this machine does not have.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// How long a click or an expectation waits for its condition. The suite runs many app hosts in parallel on
    /// two cores, so a circuit can take seconds to come up; this is a ceiling, not a measurement.
    /// </summary>
    private const float WaitCeilingMs = 15_000;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(WaitCeilingMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) whose relative URLs resolve against <paramref name="baseUrl"/>.</summary>
    /// <param name="bypassContentSecurityPolicy">
    /// For a test that injects a script of its own (axe): the store's policy (<c>script-src 'self'</c>) rightly blocks
    /// it. ContentSecurityPolicyBrowserTests checks the store under its policy.
    /// </param>
    /// <param name="acceptSelfSignedCertificates">For a test that reaches the store through a TLS proxy of its own (the farm test's nginx).</param>
    public async Task<IPage> NewPageAsync(Uri baseUrl, bool bypassContentSecurityPolicy = false, bool acceptSelfSignedCertificates = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            BypassCSP = bypassContentSecurityPolicy,
            IgnoreHTTPSErrors = acceptSelfSignedCertificates,
        });
        context.SetDefaultTimeout(WaitCeilingMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
