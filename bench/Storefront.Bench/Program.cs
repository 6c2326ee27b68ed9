using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Storefront.Bench;

// The Storefront benchmark driver: starts the Release app against one database, prepares data, runs each phase
// (warm-up, then measured, each bounded in time) beside the app's plaintext endpoint, stops the app and writes a
// Markdown section. Benchmarks are not tests: nothing here asserts; it reports numbers and ratios.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = Options.Parse(args);
Console.WriteLine($"== {options.Provider}: app {options.AppDirectory}, port {options.Port}");

var webhookSecret = "whsec_bench_" + Guid.NewGuid().ToString("N");
var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development",
    ["DOTNET_ENVIRONMENT"] = "Development",
    ["Database__Provider"] = options.Provider,
    ["ConnectionStrings__Storefront"] = options.ConnectionString,
    ["Logging__LogLevel__Default"] = "Warning",
    ["Store__SeedDemoCatalog"] = "true",
    ["Stripe__WebhookSecret"] = webhookSecret,
    ["Bench__Plaintext"] = "true",
    // The load generator is one client address starting thousands of checkouts: lift the per-client limits it measures past.
    ["RateLimits__CheckoutPerMinute"] = "100000",
    ["RateLimits__CartWritesPerMinute"] = "100000",
    ["Checkout__MaxUnitsPerClient"] = "100000",
};
foreach (var pair in options.AppEnvironment)
{
    environment[pair.Key] = pair.Value;
}

if (options.PerfDirectory is not null)
{
    environment["DOTNET_PerfMapEnabled"] = "1";
    environment["DOTNET_EnableWriteXorExecute"] = "0"; // JIT code in anonymous memory, where perf looks it up in the map
}

using var handler = new SocketsHttpHandler
{
    UseProxy = false,
    UseCookies = false,
    AllowAutoRedirect = false,
    AutomaticDecompression = DecompressionMethods.None,
    MaxConnectionsPerServer = 512,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    ConnectTimeout = TimeSpan.FromSeconds(10),
};
using var http = new HttpClient(handler)
{
    BaseAddress = new Uri($"http://127.0.0.1:{options.Port}"),
    Timeout = TimeSpan.FromSeconds(60),
    DefaultRequestVersion = HttpVersion.Version11,
    DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
};

var results = new List<PhaseResult>();
var diagnostics = new StringBuilder();
var notes = new List<string>();
double? appliedPerSecond = null;
await using (var app = await AppProcess.StartAsync(options.AppDirectory, options.Port, environment, options.LogPath, http))
try
{
    var cpu = new CpuMonitor(app.Pid);
    var perf = new Profiler(options.PerfDirectory, options.Provider.ToLowerInvariant(), app.Pid);
    var db = new BenchDatabase(options.Provider, options.ConnectionString);
    var shop = new Shop(http, webhookSecret);
    var productIds = await db.SeedStockAsync();
    var statementStats = await db.EnableStatementStatsAsync();
    await shop.HoldWebhooksAsync();
    await shop.InitializeAsync("linen-notebook");
    Console.WriteLine($"  {productIds.Length} products stocked; emulator webhooks held; statement stats: {statementStats}");

    var c = options.Concurrency;
    var warm = options.Warmup;
    var run = options.Duration;

    // The app's own CPU use with no load at all (background jobs, the emulator's sweeper), to read the rest against.
    var idleStart = cpu.Sample();
    await Task.Delay(TimeSpan.FromSeconds(3));
    var idle = cpu.Since(idleStart, 3);
    notes.Add($"App CPU with no load (3 s, before any phase): {idle.Server:F3} cores; whole machine meanwhile: {idle.Machine:F2} cores busy.");

    // (0) Plaintext baseline: the same app, the same pipeline, the same run.
    await LoadGenerator.WarmUpAsync("plaintext warm-up", c, warm, 20_000, warm * 4, (_, _, t) => Timed(t, () => shop.GetAsync("/bench/plaintext")));
    var plaintext = await LoadGenerator.ForDurationAsync("plaintext", c, run, (_, _, t) => Timed(t, () => shop.GetAsync("/bench/plaintext")), cpu);
    results.Add(plaintext);

    // (b) GET / as a returning visitor's browser asks for it: HTML, with a cart cookie (one empty cart per worker).
    var visitorCookies = Enumerable.Range(0, c).Select(_ => shop.CookieFor(Guid.NewGuid())).ToArray();
    await LoadGenerator.WarmUpAsync("GET / warm-up", c, warm, options.HomeWarmupCount, warm * 6, (w, _, t) => Timed(t, () => shop.GetAsync("/", visitorCookies[w], html: true)));
    if (statementStats) await db.ResetStatementStatsAsync();
    var home = await perf.RecordAsync("home", () => LoadGenerator.ForDurationAsync("GET /", c, run, (w, _, t) => Timed(t, () => shop.GetAsync("/", visitorCookies[w], html: true)), cpu));
    results.Add(home);
    if (statementStats) diagnostics.AppendLine("#### PostgreSQL statements per `GET /`").AppendLine().AppendLine(await db.StatementStatsAsync(home.Requests, 6));
    // Diagnostic: the same page with a search that matches nothing — same queries and layout, but none of the
    // 14 product cards with their add-to-cart forms. The difference is what the cards cost.
    await LoadGenerator.WarmUpAsync("GET /?q=none warm-up", c, TimeSpan.FromSeconds(2), 300, TimeSpan.FromSeconds(10), (w, _, t) => Timed(t, () => shop.GetAsync("/?q=zzzz", visitorCookies[w], html: true)));
    results.Add(await LoadGenerator.ForDurationAsync("diag: GET /?q=zzzz (no product cards)", c, TimeSpan.FromSeconds(5), (w, _, t) => Timed(t, () => shop.GetAsync("/?q=zzzz", visitorCookies[w], html: true)), cpu));

    // (c) Checkout start: a fresh cart with one item (not timed), then POST /checkout (timed) → 303 to the payment page.
    var sessions = new ConcurrentBag<string>();
    LoadGenerator.Operation checkout = async (_, index, t) =>
    {
        var cart = Guid.NewGuid();
        await shop.AddToCartAsync(cart, productIds[(int)(index % productIds.Length)]);
        t.Start();
        var session = await shop.StartCheckoutAsync(cart);
        t.Stop();
        sessions.Add(session);
        return true;
    };
    var limit = TimeSpan.FromSeconds(90);
    await LoadGenerator.ForCountAsync("checkout start warm-up", 8, options.CheckoutWarmup, limit, checkout, null);
    if (statementStats) await db.ResetStatementStatsAsync();
    var checkout1 = await perf.RecordAsync("checkout-c1", () => LoadGenerator.ForCountAsync("checkout start c=1", 1, options.CheckoutCount1, limit, checkout, cpu));
    if (statementStats) diagnostics.AppendLine("#### PostgreSQL statements per checkout start (`POST /checkout`, c=1)").AppendLine().AppendLine(await db.StatementStatsAsync(checkout1.Requests, 12));
    var checkout8 = await LoadGenerator.ForCountAsync("checkout start c=8", 8, options.CheckoutCount8, limit, checkout, cpu);
    results.Add(checkout1);
    results.Add(checkout8);

    // (a) Webhook ingestion. Every event names its own paid order: make the orders still missing, pay them all
    // (the emulator records checkout.session.completed but holds its delivery), then send those events ourselves.
    var needed = options.WebhookWarmup + options.WebhookCount;
    var more = Math.Max(0, needed - sessions.Count);
    results.Add(await LoadGenerator.ForCountAsync("prepare: more orders (checkout start)", 8, more, TimeSpan.FromSeconds(180), checkout, cpu));
    var toPay = sessions.Take(needed).ToArray();
    results.Add(await LoadGenerator.ForCountAsync("prepare: pay (emulator confirm)", 8, toPay.Length, TimeSpan.FromSeconds(180),
        (_, i, t) => Timed(t, async () => { await shop.PayAsync(toPay[i]); return true; }), cpu));
    var recorded = await shop.CompletedEventsAsync();
    var eventIds = toPay.Where(recorded.ContainsKey).Select(s => recorded[s]).ToArray();
    var payloads = new string[eventIds.Length];
    await LoadGenerator.ForCountAsync("prepare: fetch event payloads", 8, eventIds.Length, TimeSpan.FromSeconds(120),
        (_, i, t) => Timed(t, async () => { payloads[i] = await shop.EventPayloadAsync(eventIds[i]); return true; }), null);
    Console.WriteLine($"  {payloads.Length} signed-to-be checkout.session.completed events for distinct paid orders " +
        $"(~{payloads.Average(p => p.Length) / 1024:F1} KiB each)");

    var duplicates = 0L;
    LoadGenerator.Operation webhook(int offset) => async (_, i, t) =>
    {
        var outcome = await shop.SendWebhookAsync(payloads[offset + i]);
        t.Stop();
        if (outcome == "duplicate")
        {
            Interlocked.Increment(ref duplicates);
        }

        return outcome is null or "duplicate";
    };
    var warmCount = Math.Min(options.WebhookWarmup, payloads.Length / 2);
    await LoadGenerator.ForCountAsync("webhook warm-up", c, warmCount, limit, webhook(0), null);
    await WaitForPaidAsync(db, warmCount);
    if (statementStats) await db.ResetStatementStatsAsync();
    var applying = System.Diagnostics.Stopwatch.StartNew();
    var webhooks = await perf.RecordAsync("webhook", () => LoadGenerator.ForCountAsync("webhook checkout.session.completed", c, payloads.Length - warmCount, TimeSpan.FromSeconds(180), webhook(warmCount), cpu));
    results.Add(webhooks);

    // A 200 means "verified and recorded"; the store applies events in the background. Report how long that took too.
    var answered = applying.Elapsed;
    await WaitForPaidAsync(db, payloads.Length);
    var applied = payloads.Length - warmCount;
    appliedPerSecond = applied / applying.Elapsed.TotalSeconds;
    notes.Add($"Webhook events applied (orders Paid): all {applied} measured events within {applying.Elapsed.TotalSeconds:F1} s of the first " +
        $"measured delivery (answered within {answered.TotalSeconds:F1} s), i.e. {applied / applying.Elapsed.TotalSeconds:F0} events/s applied end to end.");
    if (statementStats) diagnostics.AppendLine("#### PostgreSQL statements per webhook event (`checkout.session.completed`, c=64)").AppendLine().AppendLine(await db.StatementStatsAsync(webhooks.Requests, 14));
    if (duplicates > 0)
    {
        notes.Add($"{duplicates} webhook deliveries were answered as duplicates (expected 0).");
    }

    // Diagnostics, not targets: the parts a webhook is made of, measured alone at the same concurrency.
    results.Add(await LoadGenerator.ForDurationAsync("diag: webhook resent (verify + dedupe only)", c, TimeSpan.FromSeconds(5),
        (_, i, t) => Timed(t, async () => await shop.SendWebhookAsync(payloads[warmCount + (int)(i % (payloads.Length - warmCount))]) == "duplicate"), cpu));
    results.Add(await LoadGenerator.ForDurationAsync("diag: emulator GET session (expanded)", c, TimeSpan.FromSeconds(5),
        (_, i, t) => Timed(t, () => shop.RetrieveSessionAsync(toPay[(int)(i % toPay.Length)])), cpu));

    var idleEnd = cpu.Sample();
    await Task.Delay(TimeSpan.FromSeconds(3));
    var idleAfter = cpu.Since(idleEnd, 3);
    notes.Add($"App CPU with no load after the run (3 s; the emulator now holds {toPay.Length}+ sessions): {idleAfter.Server:F3} cores; whole machine meanwhile: {idleAfter.Machine:F2} cores busy.");

    var counts = await db.OrderCountsAsync();
    notes.Add("Orders by status after the run: " + string.Join(", ", counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")) +
        $" (paid events sent: {payloads.Length}).");
}
catch (Exception error) when (error is HttpRequestException or InvalidOperationException or TimeoutException or IOException)
{
    // Report what was measured before the run broke off, and why it broke off.
    var why = app.HasExited ? $"the app process exited ({app.ExitDescription}) — see {options.LogPath}" : "the app was still running";
    notes.Add($"**The run broke off**: {error.GetType().Name}: {error.Message} ({why}). Phases after that point are missing.");
    Console.WriteLine($"  run broke off: {error.Message} ({why})");
}

var report = Report.Write(options, results, appliedPerSecond, diagnostics.ToString(), notes);
await File.WriteAllTextAsync(options.OutputPath, report);
Console.WriteLine($"  wrote {options.OutputPath}");
return 0;

static async Task WaitForPaidAsync(BenchDatabase db, long count)
{
    var deadline = DateTime.UtcNow.AddMinutes(3);
    while ((await db.OrderCountsAsync()).GetValueOrDefault("Paid") < count && DateTime.UtcNow < deadline)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(50));
    }
}

static async Task<bool> Timed(LoadGenerator.Timer timer, Func<Task<bool>> call)
{
    timer.Start();
    var ok = await call();
    timer.Stop();
    return ok;
}

/// <summary>Command-line options; defaults keep one provider's run to about two minutes.</summary>
public sealed record Options(
    string Provider, string ConnectionString, string AppDirectory, int Port, string OutputPath, string LogPath,
    int Concurrency, TimeSpan Warmup, TimeSpan Duration, int CheckoutWarmup, int CheckoutCount1, int CheckoutCount8,
    int WebhookWarmup, int WebhookCount, string? PerfDirectory, int HomeWarmupCount, IReadOnlyDictionary<string, string> AppEnvironment)
{
    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string key, string? fallback = null) =>
            map.TryGetValue(key, out var value) ? value : fallback ?? throw new ArgumentException($"--{key} is required");
        int Int(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new Options(
            Get("provider"), Get("connection"), Path.GetFullPath(Get("app-dir")), Int("port", 5099),
            Get("out"), Get("log", Path.Combine(Path.GetTempPath(), "storefront-bench-app.log")),
            Int("concurrency", 64), TimeSpan.FromSeconds(Int("warmup-seconds", 5)), TimeSpan.FromSeconds(Int("seconds", 10)),
            Int("checkout-warmup", 300), Int("checkout-c1", 200), Int("checkout-c8", 400),
            Int("webhook-warmup", 500), Int("webhook-events", 1500),
            map.TryGetValue("perf-dir", out var perfDirectory) ? Path.GetFullPath(perfDirectory) : null,
            Int("home-warmup", 600),
            // --app-env KEY=VALUE[;KEY=VALUE…]: extra environment for the app only (e.g. DOTNET_ runtime knobs).
            Get("app-env", "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]));
    }
}
