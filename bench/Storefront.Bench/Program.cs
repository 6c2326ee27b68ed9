using System.Globalization;
using System.Net;
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

BenchRun? run = null;
await using (var app = await AppProcess.StartAsync(options.AppDirectory, options.Port, environment, options.LogPath, http))
try
{
    var cpu = new CpuMonitor(app.Pid);
    var db = new BenchDatabase(options.Provider, options.ConnectionString);
    var shop = new Shop(http, webhookSecret);
    var productIds = await db.SeedStockAsync();
    var statementStats = await db.EnableStatementStatsAsync();
    await shop.HoldWebhooksAsync();
    await shop.InitializeAsync("linen-notebook");
    Console.WriteLine($"  {productIds.Length} products stocked; emulator webhooks held; statement stats: {statementStats}");
    run = new BenchRun(options, shop, cpu, new Profiler(options.PerfDirectory, options.Provider.ToLowerInvariant(), app.Pid), db, statementStats);

    var idle = await run.IdleAsync();
    run.Notes.Add($"App CPU with no load (3 s, before any phase): {idle.Server:F3} cores; whole machine meanwhile: {idle.Machine:F2} cores busy.");

    if (options.Runs("catalog"))
    {
        await CatalogPhases.RunAsync(run);
    }

    var checkouts = new CheckoutPhases(run, productIds);
    if (options.Runs("checkout"))
    {
        await checkouts.RunAsync();
    }

    if (options.Runs("webhooks"))
    {
        await WebhookPhases.RunAsync(run, checkouts);
    }

    var idleAfter = await run.IdleAsync();
    run.Notes.Add($"App CPU with no load after the run (3 s): {idleAfter.Server:F3} cores; whole machine meanwhile: {idleAfter.Machine:F2} cores busy.");
    var counts = await db.OrderCountsAsync();
    run.Notes.Add("Orders by status after the run: " + string.Join(", ", counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")) + ".");
}
catch (Exception error) when (run is not null && error is HttpRequestException or InvalidOperationException or TimeoutException or IOException)
{
    // Report what was measured before the run broke off, and why it broke off.
    var why = app.HasExited ? $"the app process exited ({app.ExitDescription}) — see {options.LogPath}" : "the app was still running";
    run.BrokeOff = true;
    run.Notes.Add($"**The run broke off**: {error.GetType().Name}: {error.Message} ({why}). Phases after that point are missing.");
    Console.WriteLine($"  run broke off: {error.Message} ({why})");
}

// After the app above has stopped, on its port and database: the catalog pages with the page cache off.
if (run is not null && !run.BrokeOff && options.Runs("catalog"))
{
    try
    {
        await CatalogPhases.RunUncachedAsync(run, environment, http);
    }
    catch (Exception error) when (error is HttpRequestException or InvalidOperationException or TimeoutException or IOException)
    {
        run.Notes.Add($"**The uncached catalog phases broke off**: {error.GetType().Name}: {error.Message} (see {options.LogPath}.uncached).");
    }
}

var report = Report.Write(options, run!.Results, run.AppliedPerSecond, run.Diagnostics.ToString(), run.Notes);
await File.WriteAllTextAsync(options.OutputPath, report);
Console.WriteLine($"  wrote {options.OutputPath}");
return 0;
