namespace Storefront.Bench;

/// <summary>(0) the plaintext baseline and (b) the catalog pages, as a returning visitor's browser asks for them.</summary>
public static class CatalogPhases
{
    public const string HomePhase = "GET /";
    public const string ProductPhase = "GET /products/{slug}";
    private const string ProductPage = "/products/linen-notebook";

    public static async Task RunAsync(BenchRun run)
    {
        var shop = run.Shop;
        var c = run.Options.Concurrency;
        var warm = run.Options.Warmup;
        var duration = run.Options.Duration;

        // The same app, the same pipeline, the same run.
        await LoadGenerator.WarmUpAsync("plaintext warm-up", c, warm, 20_000, warm * 4, (_, _, t) => BenchRun.Timed(t, () => shop.GetAsync("/bench/plaintext")));
        run.Results.Add(await LoadGenerator.ForDurationAsync("plaintext", c, duration, (_, _, t) => BenchRun.Timed(t, () => shop.GetAsync("/bench/plaintext")), run.Cpu));

        // HTML, with a cart cookie (one empty cart per worker).
        var visitorCookies = Enumerable.Range(0, c).Select(_ => shop.CookieFor(Guid.NewGuid())).ToArray();
        LoadGenerator.Operation Get(string path) => (w, _, t) => BenchRun.Timed(t, () => shop.GetAsync(path, visitorCookies[w], html: true));

        await LoadGenerator.WarmUpAsync("GET / warm-up", c, warm, run.Options.HomeWarmupCount, warm * 6, Get("/"));
        await run.ResetStatementsAsync();
        var home = await run.Perf.RecordAsync("home", () => LoadGenerator.ForDurationAsync(HomePhase, c, duration, Get("/"), run.Cpu));
        run.Results.Add(home);
        await run.ReportStatementsAsync("`GET /`", home.Requests, 6);

        await LoadGenerator.WarmUpAsync("GET product warm-up", c, warm, run.Options.HomeWarmupCount, warm * 6, Get(ProductPage));
        run.Results.Add(await LoadGenerator.ForDurationAsync(ProductPhase, c, duration, Get(ProductPage), run.Cpu));

        // Diagnostic: the same page with a search that matches nothing — same queries and layout, but none of the
        // 14 product cards. The difference is what the cards cost.
        await LoadGenerator.WarmUpAsync("GET /?q=none warm-up", c, TimeSpan.FromSeconds(2), 300, TimeSpan.FromSeconds(10), Get("/?q=zzzz"));
        run.Results.Add(await LoadGenerator.ForDurationAsync("diag: GET /?q=zzzz (no product cards)", c, TimeSpan.FromSeconds(5), Get("/?q=zzzz"), run.Cpu));
    }
}
