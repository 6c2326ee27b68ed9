namespace Storefront.Bench;

/// <summary>(0) the plaintext baseline and (b) the catalog pages, as a returning visitor's browser asks for them.</summary>
public static class CatalogPhases
{
    public const string HomePhase = "GET /";
    public const string ProductPhase = "GET /products/{slug}";
    public const string Uncached = " uncached";
    private const string ProductPage = "/products/linen-notebook";

    public static async Task RunAsync(BenchRun run)
    {
        var shop = run.Shop;
        var c = run.Options.Concurrency;
        var warm = run.Options.Warmup;

        // The same app, the same pipeline, the same run.
        await LoadGenerator.WarmUpAsync("plaintext warm-up", c, warm, 20_000, warm * 4, (_, _, t) => BenchRun.Timed(t, () => shop.GetAsync("/bench/plaintext")));
        run.Results.Add(await LoadGenerator.ForDurationAsync("plaintext", c, run.Options.Duration, (_, _, t) => BenchRun.Timed(t, () => shop.GetAsync("/bench/plaintext")), run.Cpu));

        var home = await PagesAsync(run, run.Cpu, "");
        await run.ReportStatementsAsync("`GET /`", home.Requests, 6);
    }

    /// <summary>
    /// The same pages rendered afresh for every request: the app started again on the same database with its page cache
    /// switched off (<c>PageCache:Enabled=false</c>). Its app CPU per request is the cost of a cache miss.
    /// </summary>
    public static async Task RunUncachedAsync(BenchRun run, IReadOnlyDictionary<string, string> environment, HttpClient http)
    {
        var uncached = new Dictionary<string, string>(environment) { ["PageCache__Enabled"] = "false" };
        var options = run.Options;
        await using var app = await AppProcess.StartAsync(options.AppDirectory, options.Port, uncached, options.LogPath + ".uncached", http);
        await PagesAsync(run, new CpuMonitor(app.Pid), Uncached);
    }

    private static async Task<PhaseResult> PagesAsync(BenchRun run, CpuMonitor cpu, string suffix)
    {
        var shop = run.Shop;
        var c = run.Options.Concurrency;
        var warm = run.Options.Warmup;

        // HTML, with a cart cookie (one empty cart per worker).
        var visitorCookies = Enumerable.Range(0, c).Select(_ => shop.CookieFor(Guid.NewGuid())).ToArray();
        LoadGenerator.Operation Get(string path) => (w, _, t) => BenchRun.Timed(t, () => shop.GetAsync(path, visitorCookies[w], html: true));

        // A freshly started app goes on tiering up a rendered page's many methods for tens of seconds, and the uncached
        // phases run in one: they warm up six times as long, so the JIT's work is not read as the page's.
        var minimum = suffix == Uncached ? warm * 6 : warm;
        await LoadGenerator.WarmUpAsync(HomePhase + suffix + " warm-up", c, minimum, run.Options.HomeWarmupCount, warm * 6, Get("/"));
        await run.ResetStatementsAsync();
        var home = await run.Perf.RecordAsync("home" + suffix.Trim(), () => LoadGenerator.ForDurationAsync(HomePhase + suffix, c, run.Options.Duration, Get("/"), cpu));
        run.Results.Add(home);

        await LoadGenerator.WarmUpAsync(ProductPhase + suffix + " warm-up", c, minimum, run.Options.HomeWarmupCount, warm * 6, Get(ProductPage));
        run.Results.Add(await LoadGenerator.ForDurationAsync(ProductPhase + suffix, c, run.Options.Duration, Get(ProductPage), cpu));
        return home;
    }
}
