using System.Globalization;
using Microsoft.Playwright;
using Storefront.Bench;
using Storefront.MemoryBench;

// The memory benchmark: what the server holds per open interactive tab (a Blazor circuit) and per shopper who only
// browses and adds to cart, read from the app's own heap after full collections. Each measured group of tabs is
// added beside a warm-up group that stays open, so the difference is the group's alone. Nothing here asserts.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var arguments = args.Select((value, index) => (value, index)).Where(a => a.index % 2 == 0)
    .ToDictionary(a => a.value.TrimStart('-'), a => args[a.index + 1]);
var appDirectory = Path.GetFullPath(arguments["app-dir"]);
var port = int.Parse(arguments["port"], CultureInfo.InvariantCulture);
var tabs = int.Parse(arguments.GetValueOrDefault("tabs", "200"), CultureInfo.InvariantCulture);
const int warmupTabs = 10;
const string productPath = "/products/brass-pen";

var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development",
    ["Database__Provider"] = "Sqlite",
    ["ConnectionStrings__Storefront"] = arguments["connection"],
    ["Logging__LogLevel__Default"] = "Warning",
    ["Store__SeedDemoCatalog"] = "true",
    ["Stripe__WebhookSecret"] = "whsec_bench_" + Guid.NewGuid().ToString("N"),
    ["Bench__Memory"] = "true",
    // Hundreds of shoppers from one address: lift the per-client limits, which are not what this measures.
    ["RateLimits__CartWritesPerMinute"] = "100000",
    // The first reconciliation pass builds its reflection caches, once: some 700 parameter infos and 1,100 strings, more
    // live objects than there are shoppers. At the default of every 5 minutes it would fall inside a measured group, so
    // it runs every few seconds, and the baseline waits for a second pass to start: the first is over by then.
    ["Checkout__ReconcileEvery"] = "00:00:05",
    ["Logging__LogLevel__Storefront.Core.Payments.CheckoutReconciliationJob"] = "Information",
};
const string ReconciliationStarts = "Checkout reconciliation starts";

var baseUri = new Uri($"http://127.0.0.1:{port}");
using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(120) };
await using var app = await AppProcess.StartAsync(appDirectory, port, environment, arguments["log"], http);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
});

var cartShopper = await browser.NewContextAsync(new() { BaseURL = baseUri.ToString() });
await (await Tabs.BrowseAsync(browser, baseUri, productPath)).Context.CloseAsync();
var cartSeed = await cartShopper.NewPageAsync();
await cartSeed.GotoAsync(productPath);
await cartSeed.GetByRole(AriaRole.Button, new() { NameRegex = new("^Add to cart") }).First.ClickAsync();
await cartSeed.WaitForLoadStateAsync(LoadState.NetworkIdle);

// Warm-up: both kinds of tab once per group, kept open, so that first-use costs (JIT, caches, pools) are in the baseline.
await Tabs.OpenAsync(warmupTabs, () => Tabs.BrowseAsync(browser, baseUri, productPath));
var warmedBrowsing = await MemoryReading.ReadAsync(http);
await Tabs.OpenAsync(warmupTabs, () => Tabs.OpenCartAsync(cartShopper));
await WhenLoggedTwiceAsync(arguments["log"], ReconciliationStarts, TimeSpan.FromSeconds(60));
var baseline = await MemoryReading.WhenCircuitsAsync(http, warmedBrowsing.Circuits + warmupTabs, TimeSpan.FromSeconds(60));
Console.WriteLine($"  baseline: {baseline}");
var dumps = new GcDumps(Path.GetFullPath(arguments["gcdump-dir"]), app.Pid, Path.GetFullPath(arguments["repo"]));
var baselineObjects = await dumps.TakeAsync("baseline");

var browsing = await Tabs.OpenAsync(tabs, () => Tabs.BrowseAsync(browser, baseUri, productPath));
var browsed = await MemoryReading.ReadAsync(http);
Console.WriteLine($"  after {tabs} browsing shoppers, their tabs open: {browsed}");

await LeaveAsync(browsing);
var left = await MemoryReading.WhenSettledAsync(http, TimeSpan.FromSeconds(30));
Console.WriteLine($"  after they left: {left}");
var leftObjects = await dumps.TakeAsync("left");

await Tabs.OpenAsync(tabs, () => Tabs.OpenCartAsync(cartShopper));
var interactive = await MemoryReading.WhenCircuitsAsync(http, left.Circuits + tabs, TimeSpan.FromSeconds(180));
Console.WriteLine($"  after {tabs} cart tabs: {interactive}");

var report = MemoryReport.Write(tabs, baseline, browsed, left, interactive, baselineObjects, leftObjects);
await File.WriteAllTextAsync(arguments["out"], report);
Console.WriteLine(report);
return 0;

static async Task WhenLoggedTwiceAsync(string logPath, string text, TimeSpan limit)
{
    var deadline = DateTime.UtcNow + limit;
    while (Occurrences(logPath, text) < 2)
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"The app did not log \"{text}\" twice within {limit.TotalSeconds:F0} s; see {logPath}.");
        }

        await Task.Delay(250);
    }

    static int Occurrences(string path, string text)
    {
        // The app's log is still open for writing by AppProcess.
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var log = reader.ReadToEnd();
        return log.Split(text).Length - 1;
    }
}

// The shoppers leave: their browsers close, and with them the connections the server keeps for open tabs.
static Task LeaveAsync(IEnumerable<IPage> shoppers) => Task.WhenAll(shoppers.Select(page => page.Context.CloseAsync()));
