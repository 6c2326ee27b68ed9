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
};

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
await MemoryReading.WhenCircuitsAsync(http, warmedBrowsing.Circuits + warmupTabs, TimeSpan.FromSeconds(60));

// The first dump is thrown away: the event sources it switches on build their metadata by reflection, once (some 700
// parameter infos and 1,000 strings), and the dump after it would count that as held.
var dumps = new GcDumps(Path.GetFullPath(arguments["gcdump-dir"]), app.Pid, Path.GetFullPath(arguments["repo"]));
await dumps.TakeAsync("priming");

// A first group of browsing shoppers comes and goes before the baseline, so that the server's pools are grown to the
// peak of open connections (Kestrel keeps up to a thousand spare cancellation sources, for one) and are not counted as
// held by the second group, which is measured.
await LeaveAsync(await Tabs.OpenAsync(tabs, () => Tabs.BrowseAsync(browser, baseUri, productPath)));
var baseline = await MemoryReading.WhenSettledAsync(http, TimeSpan.FromSeconds(30));
Console.WriteLine($"  baseline, after a first {tabs} browsing shoppers came and went: {baseline}");
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

// The shoppers leave: their browsers close, and with them the connections the server keeps for open tabs.
static Task LeaveAsync(IEnumerable<IPage> shoppers) => Task.WhenAll(shoppers.Select(page => page.Context.CloseAsync()));
